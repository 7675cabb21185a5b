package nl.ketenhub.monitoring;

import nl.ketenhub.hub.HubOnPostgres;

@HubOnPostgres
class BerichtBrowserOnPostgresIT extends BerichtBrowserScenarios {}
