package nl.ketenhub.spreadsheet;

import nl.ketenhub.hub.HubOnPostgres;

/** The spreadsheet scenarios on PostgreSQL. */
@HubOnPostgres
class CsvOnPostgresIT extends CsvScenarios {}
