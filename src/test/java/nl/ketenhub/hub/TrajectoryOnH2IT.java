package nl.ketenhub.hub;

/** The whole-trajectory scenario on the embedded defaults. */
@HubOnH2
class TrajectoryOnH2IT extends TrajectoryScenarios {}
