package nl.ketenhub.bericht;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The recovery sweep (route {@code recovery}).
 *
 * @param after how long a message may stay RECEIVED before the sweep queues it again
 * @param batch at most this many messages per direction per sweep
 */
@ConfigurationProperties("ketenhub.recovery")
record RecoveryProperties(@DefaultValue("60s") Duration after, @DefaultValue("500") int batch) {}
