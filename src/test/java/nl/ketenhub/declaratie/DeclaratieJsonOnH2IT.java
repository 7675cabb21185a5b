package nl.ketenhub.declaratie;

import nl.ketenhub.hub.HubOnH2WithJsonAanbieder;

/** The DeclaratieScenarios with aanbieder 42420001 on the hub's JSON form: the same verdicts as in XML. */
@HubOnH2WithJsonAanbieder
class DeclaratieJsonOnH2IT extends DeclaratieScenarios {}
