package nl.ketenhub.hub;

/** Reference data and stacking scenarios on PostgreSQL. */
@HubOnPostgres
class ExternOnPostgresIT extends ExternScenarios {}
