package nl.ketenhub.declaratie;

import nl.ketenhub.hub.HubOnH2;

/** The 323/325 scenarios on the embedded defaults. */
@HubOnH2
class DeclaratieOnH2IT extends DeclaratieScenarios {}
