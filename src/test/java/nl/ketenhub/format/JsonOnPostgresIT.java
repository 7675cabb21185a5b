package nl.ketenhub.format;

import nl.ketenhub.hub.HubOnPostgres;

/** The JSON scenarios on PostgreSQL. */
@HubOnPostgres
class JsonOnPostgresIT extends JsonScenarios {}
