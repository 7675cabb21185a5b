package nl.ketenhub.regie;

import nl.ketenhub.hub.HubOnH2WithJsonAanbieder;

/** The RegieScenarios with aanbieder 42420001 on the hub's JSON form: the same verdicts as in XML. */
@HubOnH2WithJsonAanbieder
class RegieJsonOnH2IT extends RegieScenarios {}
