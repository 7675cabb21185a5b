package nl.ketenhub.spreadsheet;

import nl.ketenhub.hub.HubOnH2;

/** The spreadsheet scenarios on the embedded defaults. */
@HubOnH2
class CsvOnH2IT extends CsvScenarios {}
