package nl.ketenhub.spreadsheet;

import nl.ketenhub.hub.HubOnPostgres;

/** The atomic hand-over of an upload on PostgreSQL. */
@HubOnPostgres
class UploadHandOverOnPostgresIT extends UploadHandOverScenarios {}
