package nl.ketenhub.hub;

/** Hostile files in the file drop on PostgreSQL. */
@HubOnPostgres
class HostileFileDropOnPostgresIT extends HostileFileDropScenarios {}
