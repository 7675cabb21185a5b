package nl.ketenhub.hub;

/** The whole-trajectory scenario on PostgreSQL. */
@HubOnPostgres
class TrajectoryOnPostgresIT extends TrajectoryScenarios {}
