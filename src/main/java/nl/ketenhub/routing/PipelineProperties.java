package nl.ketenhub.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code bericht-pipeline} route's consumers.
 *
 * @param consumers concurrent consumers of {@code ketenhub.pipeline} (the route reads it as a
 *     placeholder)
 * @param batchSize at most this many messages per consumer share one database transaction and one
 *     JMS commit ({@link BatchingListenerContainer}); 1 commits every message on its own
 */
@ConfigurationProperties("ketenhub.pipeline")
record PipelineProperties(@DefaultValue("4") int consumers, @DefaultValue("16") int batchSize) {}
