package nl.ketenhub.hub;

/** The TrajectoryScenarios with aanbieder 42420001 on the hub's JSON form: the same verdicts as in XML. */
@HubOnH2WithJsonAanbieder
class TrajectoryJsonOnH2IT extends TrajectoryScenarios {}
