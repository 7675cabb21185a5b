package nl.ketenhub.bericht;

import nl.ketenhub.hub.HubOnPostgresOneByOne;

@HubOnPostgresOneByOne
class ExactlyOnceOnPostgresIT extends ExactlyOnceScenarios {}
