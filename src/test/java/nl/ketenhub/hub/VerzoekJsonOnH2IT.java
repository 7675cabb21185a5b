package nl.ketenhub.hub;

/** The VerzoekScenarios with aanbieder 42420001 on the hub's JSON form: the same verdicts as in XML. */
@HubOnH2WithJsonAanbieder
class VerzoekJsonOnH2IT extends VerzoekScenarios {}
