package nl.ketenhub.hub;

/** The 301/302 scenarios on PostgreSQL. */
@HubOnPostgres
class HubOnPostgresIT extends ToewijzingScenarios {}
