package nl.ketenhub.hub;

/** Hostile messages over HTTP on PostgreSQL. */
@HubOnPostgres
class HostileInputOnPostgresIT extends HostileInputScenarios {}
