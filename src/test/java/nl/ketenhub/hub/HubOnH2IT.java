package nl.ketenhub.hub;

/** The 301/302 scenarios on the embedded defaults. */
@HubOnH2
class HubOnH2IT extends ToewijzingScenarios {}
