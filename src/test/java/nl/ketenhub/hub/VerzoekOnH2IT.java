package nl.ketenhub.hub;

/** The request scenarios on the embedded defaults. */
@HubOnH2
class VerzoekOnH2IT extends VerzoekScenarios {}
