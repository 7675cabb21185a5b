package nl.ketenhub.regie;

import nl.ketenhub.hub.HubOnH2;

/** The 305/307 scenarios on the embedded defaults. */
@HubOnH2
class RegieOnH2IT extends RegieScenarios {}
