package nl.ketenhub.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The transacted consumers between the partners and the pipeline's decisions.
 *
 * @param consumers concurrent consumers of {@code ketenhub.pipeline} (the route reads it as a
 *     placeholder)
 * @param batchSize at most this many waiting messages per pipeline consumer share one database
 *     transaction and one JMS commit ({@link BatchingListenerContainer}; 16 by default); 1 commits
 *     every message on its own
 * @param intakeBatchSize the same for the one consumer of each partner's JMS intake queue
 */
@ConfigurationProperties("ketenhub.pipeline")
record PipelineProperties(
        @DefaultValue("4") int consumers, @DefaultValue("16") int batchSize, @DefaultValue("16") int intakeBatchSize) {}
