package nl.ketenhub.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.component.file.FileEndpoint;
import org.apache.camel.component.file.GenericFileFilter;
import org.apache.camel.component.jms.ConsumerType;
import org.apache.camel.component.jms.JmsEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * The consumer endpoints exactly as the YAML files declare them (no advice): every option must be a
 * real option of its component and every placeholder must resolve. Routes are created, not started,
 * so no broker is needed.
 */
class RouteEndpointsTest extends YamlRouteTestSupport {

    @TempDir
    Path inbox;

    @BeforeEach
    void createRoutesWithoutStartingThem() throws Exception {
        for (String bean : new String[] {"handover", "deliveries", "failures", "fileIntake", "jmsIntake"}) {
            context.getRegistry().bind(bean, new Object());
        }
        context.getRegistry().bind("fileNameGuard", (GenericFileFilter<Object>) file -> true);
        // no transaction manager: the routes are created, never started
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        BrokerProperties broker = new BrokerProperties(200_000, 5, 500, 2.0, 60_000, 0, true, 10, 5_000);
        context.getRegistry().bind("pipelineBatches", new BatchedConsumers(null, 16, meters, broker));
        context.getRegistry().bind("intakeBatches", new BatchedConsumers(null, 8, meters, broker));
        loadRoutes("error-handling.yaml", "intake.yaml", "pipeline.yaml");
        TemplatedRouteBuilder.builder(context, "file-intake")
                .routeId("file-intake-0384")
                .parameter("partner", "0384")
                .parameter("inbox", inbox.toString())
                .add();
        TemplatedRouteBuilder.builder(context, "jms-intake")
                .routeId("jms-intake-42420001")
                .parameter("partner", "42420001")
                .parameter("queue", "ketenhub.42420001.in")
                .add();
        context.setAutoStartup(false);
        context.start();
    }

    @Test
    void pipelineConsumesTransactedFromKetenhubPipelineWithConfiguredConsumers() {
        JmsEndpoint endpoint = jmsEndpointOf("bericht-pipeline");

        assertThat(endpoint.getDestinationName()).isEqualTo("ketenhub.pipeline");
        assertThat(endpoint.isTransacted()).isTrue();
        assertThat(endpoint.getCacheLevelName()).isEqualTo("CACHE_CONSUMER");
        assertThat(endpoint.getConcurrentConsumers()).isEqualTo(4); // ketenhub.pipeline.consumers
        // committed in batches: the container of #pipelineBatches, configured by Camel from the options
        assertThat(endpoint.getConfiguration().getConsumerType()).isEqualTo(ConsumerType.Custom);
        assertThat(endpoint.createMessageListenerContainer())
                .isInstanceOf(BatchingListenerContainer.class)
                .satisfies(container -> {
                    assertThat(container.isSessionTransacted()).isTrue();
                    assertThat(((BatchingListenerContainer) container).getCacheLevel())
                            .isEqualTo(DefaultMessageListenerContainer.CACHE_CONSUMER);
                    assertThat(((BatchingListenerContainer) container).getConcurrentConsumers())
                            .isEqualTo(4);
                    assertThat(((BatchingListenerContainer) container).getBatchSize())
                            .isEqualTo(16);
                });
    }

    @Test
    void deliveryConsumesTransactedFromKetenhubDelivery() {
        JmsEndpoint endpoint = jmsEndpointOf("delivery");

        assertThat(endpoint.getDestinationName()).isEqualTo("ketenhub.delivery");
        assertThat(endpoint.isTransacted()).isTrue();
        assertThat(endpoint.getCacheLevelName()).isEqualTo("CACHE_CONSUMER");
        assertThat(endpoint.getConcurrentConsumers()).isEqualTo(2);
    }

    @Test
    void jmsIntakeConsumesTransactedFromThePartnersQueue() {
        JmsEndpoint endpoint = jmsEndpointOf("jms-intake-42420001");

        assertThat(endpoint.getDestinationName()).isEqualTo("ketenhub.42420001.in");
        assertThat(endpoint.isTransacted()).isTrue();
        assertThat(endpoint.getCacheLevelName()).isEqualTo("CACHE_CONSUMER");
        // one consumer, the partner's order; committed in batches of #intakeBatches
        assertThat(endpoint.getConcurrentConsumers()).isEqualTo(1);
        assertThat(endpoint.getConfiguration().getConsumerType()).isEqualTo(ConsumerType.Custom);
        assertThat(endpoint.createMessageListenerContainer())
                .isInstanceOfSatisfying(BatchingListenerContainer.class, container -> {
                    assertThat(container.isSessionTransacted()).isTrue();
                    assertThat(container.getBatchSize()).isEqualTo(8);
                });
    }

    @Test
    void fileIntakeReadsThePartnersInboxOnlyOnceAFileHasStoppedChanging() {
        FileEndpoint endpoint =
                (FileEndpoint) context.getRoute("file-intake-0384").getEndpoint();

        assertThat(endpoint.getFile().toPath()).isEqualTo(inbox);
        assertThat(endpoint.getReadLock()).isEqualTo("changed");
        assertThat(endpoint.getReadLockMinAge()).isEqualTo(500);
        assertThat(endpoint.isDelete()).isFalse();
    }

    @Test
    void routesUseTheirNamedRouteConfiguration() {
        assertThat(context.getRoute("bericht-pipeline").getConfigurationId()).isEqualTo("transacted");
        assertThat(context.getRoute("delivery").getConfigurationId()).isEqualTo("transacted");
        assertThat(context.getRoute("jms-intake-42420001").getConfigurationId()).isEqualTo("transacted");
        assertThat(context.getRoute("file-intake-0384").getConfigurationId()).isEqualTo("file-intake");
    }

    private JmsEndpoint jmsEndpointOf(String routeId) {
        assertThat(context.getRouteController().getRouteStatus(routeId).isStopped())
                .isTrue();
        return (JmsEndpoint) context.getRoute(routeId).getEndpoint();
    }
}
