package nl.ketenhub.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The transacted consumers between the partners and the pipeline's decisions.
 *
 * @param consumers concurrent consumers of {@code ketenhub.pipeline} (the route reads it as a
 *     placeholder)
 * @param batchSize at most this many waiting messages per pipeline consumer share one database
 *     transaction and one JMS commit ({@link BatchingListenerContainer}); 1 commits every message on
 *     its own (the default: a failure takes the whole batch back, and the broker's redelivery delay
 *     lets a client's later message overtake a batchmate that had not failed)
 * @param intakeBatchSize the same for the one consumer of each partner's JMS intake queue
 */
@ConfigurationProperties("ketenhub.pipeline")
record PipelineProperties(
        @DefaultValue("4") int consumers, @DefaultValue("1") int batchSize, @DefaultValue("1") int intakeBatchSize) {}
