package nl.ketenhub.hub;

/** The ExternScenarios with aanbieder 42420001 on the hub's JSON form: the same verdicts as in XML. */
@HubOnH2WithJsonAanbieder
class ExternJsonOnH2IT extends ExternScenarios {}
