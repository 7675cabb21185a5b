package nl.ketenhub.hub;

/** Hostile files in the file drop on the embedded defaults. */
@HubOnH2
class HostileFileDropOnH2IT extends HostileFileDropScenarios {}
