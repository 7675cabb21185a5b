package nl.ketenhub.hub;

/** Reference data and stacking scenarios on the embedded defaults. */
@HubOnH2
class ExternOnH2IT extends ExternScenarios {}
