package nl.ketenhub.spreadsheet;

import nl.ketenhub.hub.HubOnH2;

/** The atomic hand-over of an upload on the embedded defaults. */
@HubOnH2
class UploadHandOverOnH2IT extends UploadHandOverScenarios {}
