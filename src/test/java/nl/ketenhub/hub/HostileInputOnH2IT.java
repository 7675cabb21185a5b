package nl.ketenhub.hub;

/** Hostile messages over HTTP on the embedded defaults. */
@HubOnH2
class HostileInputOnH2IT extends HostileInputScenarios {}
