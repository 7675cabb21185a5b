package nl.ketenhub.monitoring;

import nl.ketenhub.hub.HubOnH2;

@HubOnH2
class JmxOnH2IT extends JmxScenarios {}
