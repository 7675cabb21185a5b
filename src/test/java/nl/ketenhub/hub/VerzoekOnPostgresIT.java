package nl.ketenhub.hub;

/** The request scenarios on PostgreSQL. */
@HubOnPostgres
class VerzoekOnPostgresIT extends VerzoekScenarios {}
