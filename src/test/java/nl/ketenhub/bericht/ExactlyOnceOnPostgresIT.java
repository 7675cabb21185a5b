package nl.ketenhub.bericht;

import nl.ketenhub.hub.HubOnPostgres;

@HubOnPostgres
class ExactlyOnceOnPostgresIT extends ExactlyOnceScenarios {}
