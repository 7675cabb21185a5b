package nl.ketenhub.monitoring;

import nl.ketenhub.hub.HubOnH2;

@HubOnH2
class AuditOnH2IT extends AuditScenarios {}
