package nl.ketenhub.bericht;

import nl.ketenhub.hub.HubOnH2;

@HubOnH2
class BatchOnH2IT extends BatchScenarios {}
