package nl.ketenhub.bericht;

import nl.ketenhub.hub.HubOnH2;
import org.springframework.test.context.TestPropertySource;

/**
 * The batch scenarios with the pipeline's consumers taking one message at a time from the broker
 * ({@code ketenhub.pipeline.consumer-window-bytes} 0, the setting before the twelfth session): a
 * client's message the broker redelivers ahead of its taken-back predecessor is held back
 * (TakenBack).
 */
@HubOnH2
@TestPropertySource(properties = "ketenhub.pipeline.consumer-window-bytes=0")
class BatchTakingOneAtATimeOnH2IT extends BatchScenarios {}
