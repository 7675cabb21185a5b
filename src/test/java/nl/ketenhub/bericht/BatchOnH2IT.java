package nl.ketenhub.bericht;

import nl.ketenhub.hub.HubOnH2Batched;

@HubOnH2Batched
class BatchOnH2IT extends BatchScenarios {}
