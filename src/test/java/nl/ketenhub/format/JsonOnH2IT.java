package nl.ketenhub.format;

import nl.ketenhub.hub.HubOnH2;

/** The JSON scenarios on the embedded defaults (H2, embedded Artemis). */
@HubOnH2
class JsonOnH2IT extends JsonScenarios {}
