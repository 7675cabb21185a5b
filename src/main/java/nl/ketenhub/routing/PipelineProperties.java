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
 * @param consumerWindowBytes how much of {@code ketenhub.pipeline} the embedded broker sends ahead
 *     to each consumer (Artemis consumer window; 64 KB, about 20 messages, by default). A consumer
 *     holds only messages of the client groups the broker gave it, so a batch finds its next
 *     messages waiting instead of asking the broker for each one; 0 makes every take a round trip
 *     to the broker (the default until the twelfth session, README Performance)
 */
@ConfigurationProperties("ketenhub.pipeline")
record PipelineProperties(
        @DefaultValue("4") int consumers,
        @DefaultValue("16") int batchSize,
        @DefaultValue("16") int intakeBatchSize,
        @DefaultValue("65536") int consumerWindowBytes) {}
