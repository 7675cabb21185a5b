package nl.ketenhub.bericht;

import nl.ketenhub.hub.HubOnH2OneByOne;

@HubOnH2OneByOne
class ExactlyOnceOnH2IT extends ExactlyOnceScenarios {}
