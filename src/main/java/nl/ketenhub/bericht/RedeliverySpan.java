package nl.ketenhub.bericht;

import java.time.Duration;

/**
 * The longest the broker goes on redelivering a message after a failed attempt (the pauses before
 * its later attempts; routing's broker settings give it). The recovery sweep leaves an inbound
 * message alone for that long after a failed attempt of the pipeline: the broker still holds it.
 */
public record RedeliverySpan(Duration value) {}
