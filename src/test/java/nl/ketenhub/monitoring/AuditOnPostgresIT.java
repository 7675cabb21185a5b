package nl.ketenhub.monitoring;

import nl.ketenhub.hub.HubOnPostgres;

@HubOnPostgres
class AuditOnPostgresIT extends AuditScenarios {}
