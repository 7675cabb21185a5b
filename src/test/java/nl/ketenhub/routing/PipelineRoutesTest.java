package nl.ketenhub.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.camel.Body;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Routes {@code bericht-pipeline} and {@code delivery} of routes/pipeline.yaml, with the route
 * configuration {@code transacted} of routes/error-handling.yaml. Both JMS consumers are replaced by
 * direct endpoints; JMS and HTTP producers are mocked and skipped.
 */
class PipelineRoutesTest extends YamlRouteTestSupport {

    private static final String BERICHT_ID = "3f6c1d0e-8a55-4b0c-9d43-2b1f7a9e0c11";
    private static final String BODY = "<JW301 xmlns=\"http://www.istandaarden.nl/ijw/3_2/jw301/schema\"/>";

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final Pipeline pipeline = new Pipeline();
    private final Failures failures = new Failures();
    private final Deliveries deliveries = new Deliveries(events);

    @TempDir
    Path outbox;

    @BeforeEach
    void startRoutes() throws Exception {
        context.getRegistry().bind("handover", pipeline);
        context.getRegistry().bind("failures", failures);
        context.getRegistry().bind("deliveries", deliveries);
        loadRoutes("error-handling.yaml", "pipeline.yaml");
        AdviceWith.adviceWith(context, "bericht-pipeline", a -> a.replaceFromWith("direct:pipeline"));
        AdviceWith.adviceWith(context, "delivery", a -> {
            a.replaceFromWith("direct:delivery");
            a.interceptSendToEndpoint("jms:*").skipSendToOriginalEndpoint().to("mock:jms");
            a.interceptSendToEndpoint("http*").skipSendToOriginalEndpoint().to("mock:http");
        });
        context.start();
    }

    @Test
    void pipelinePassesBodyAndBerichtIdToTheHandover() {
        Exchange result = send("direct:pipeline");

        assertThat(result.getException()).isNull();
        assertThat(pipeline.calls).containsExactly(new Call(BODY, BERICHT_ID));
        assertThat(failures.calls).isEmpty();
    }

    @Test
    void pipelineFailureIsLoggedAsAttemptAndNotHandledSoTheBrokerRedelivers() {
        pipeline.failWith = new IllegalStateException("database unavailable");

        Exchange result = send("direct:pipeline");

        assertThat(failures.calls).containsExactly(new Call("database unavailable", BERICHT_ID));
        assertThat(result.isFailed()).isTrue();
        assertThat(result.getException()).isSameAs(pipeline.failWith);
        assertThat(pipeline.calls).hasSize(1);
    }

    @Test
    void deliveryOnJmsSendsToTheTargetQueueThenMarksDelivered() throws Exception {
        deliveries.channel = "JMS";
        deliveries.target = "ketenhub.42420001.out";
        MockEndpoint jms = getMockEndpoint("mock:jms");
        jms.expectedBodiesReceived(BODY);
        // toD to jms is optimised by camel-jms: one endpoint, the queue travels in this header
        jms.expectedHeaderReceived("CamelJmsDestinationName", "ketenhub.42420001.out");
        jms.whenAnyExchangeReceived(e -> events.add("sent " + intercepted(e)));

        Exchange result = send("direct:delivery");

        assertThat(result.getException()).isNull();
        jms.assertIsSatisfied();
        assertThat(events)
                .containsExactly(
                        "prepare",
                        "sent jms://queue:$%7Bheader.ketenhubTarget%7D?jmsMessageType=Text",
                        "delivered " + BERICHT_ID);
        assertThat(failures.calls).isEmpty();
    }

    @Test
    void deliveryOnFileWritesTheFileIntoTheTargetFolderThenMarksDelivered() throws Exception {
        deliveries.channel = "FILE";
        deliveries.target = outbox.resolve("42420001").toString();
        deliveries.fileName = "JW301-" + BERICHT_ID + ".xml";

        Exchange result = send("direct:delivery");

        assertThat(result.getException()).isNull();
        Path written = outbox.resolve("42420001").resolve(deliveries.fileName);
        assertThat(written).hasContent(BODY);
        try (Stream<Path> files = Files.list(written.getParent())) {
            assertThat(files).containsExactly(written); // no .tmp- file left behind
        }
        assertThat(events).containsExactly("prepare", "delivered " + BERICHT_ID);
    }

    @Test
    void deliveryOnHttpPostsXmlWithoutJmsHeadersThenMarksDelivered() throws Exception {
        deliveries.channel = "HTTP";
        deliveries.target = "https://aanbieder.example/ketenhub/berichten";
        MockEndpoint http = getMockEndpoint("mock:http");
        http.expectedBodiesReceived(BODY);
        http.expectedHeaderReceived(Exchange.HTTP_METHOD, "POST");
        http.expectedHeaderReceived(Exchange.CONTENT_TYPE, "application/xml");
        http.whenAnyExchangeReceived(e -> events.add("sent " + intercepted(e)));

        Exchange result = send("direct:delivery", Map.of("JMSCorrelationID", "c-1", "JMSMessageID", "ID:1"));

        assertThat(result.getException()).isNull();
        http.assertIsSatisfied();
        assertThat(http.getReceivedExchanges().get(0).getMessage().getHeaders())
                .doesNotContainKeys("JMSCorrelationID", "JMSMessageID");
        assertThat(events)
                .containsExactly(
                        "prepare", "sent https://aanbieder.example/ketenhub/berichten", "delivered " + BERICHT_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PULL", "DONE"})
    void deliveryWithoutPushChannelSendsNothingButMarksDelivered(String channel) {
        deliveries.channel = channel;
        deliveries.target = "ketenhub.42420001.out";

        Exchange result = send("direct:delivery");

        assertThat(result.getException()).isNull();
        assertThat(events).containsExactly("prepare", "delivered " + BERICHT_ID);
        assertThat(getMockEndpoint("mock:jms").getReceivedCounter()).isZero();
        assertThat(getMockEndpoint("mock:http").getReceivedCounter()).isZero();
        assertThat(context.getEndpoints())
                .map(Endpoint::getEndpointUri)
                .noneMatch(uri -> uri.startsWith("jms:") || uri.startsWith("file:") || uri.startsWith("http"));
    }

    @Test
    void deliveryFailureIsLoggedAsAttemptAndNotHandled() {
        deliveries.channel = "JMS";
        deliveries.target = "ketenhub.42420001.out";
        getMockEndpoint("mock:jms").whenAnyExchangeReceived(e -> {
            throw new IllegalStateException("queue full");
        });

        Exchange result = send("direct:delivery");

        assertThat(result.isFailed()).isTrue();
        assertThat(failures.calls).containsExactly(new Call("queue full", BERICHT_ID));
        assertThat(events).containsExactly("prepare");
    }

    private static String intercepted(Exchange exchange) {
        return exchange.getProperty(Exchange.INTERCEPTED_ENDPOINT, String.class);
    }

    private Exchange send(String uri) {
        return send(uri, Map.of());
    }

    private Exchange send(String uri, Map<String, Object> headers) {
        return template.send(uri, e -> {
            e.getMessage().setBody(BODY);
            e.getMessage().setHeaders(new HashMap<>(headers));
            e.getMessage().setHeader("ketenhubBerichtId", BERICHT_ID);
        });
    }

    /** What a bean was called with: a body or exception message, and the ketenhubBerichtId header. */
    record Call(String text, String berichtId) {}

    public static class Pipeline {
        final List<Call> calls = new CopyOnWriteArrayList<>();
        volatile RuntimeException failWith;

        public void process(@Body String body, @Header("ketenhubBerichtId") String berichtId) {
            calls.add(new Call(body, berichtId));
            if (failWith != null) {
                throw failWith;
            }
        }
    }

    public static class Failures {
        final List<Call> calls = new CopyOnWriteArrayList<>();

        public void attemptFailed(Exchange exchange) {
            Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
            calls.add(new Call(
                    cause == null ? null : cause.getMessage(),
                    exchange.getMessage().getHeader("ketenhubBerichtId", String.class)));
        }
    }

    /** Stands in for the lead's delivery bean: prepare() sets the receiver's channel and target. */
    public static class Deliveries {
        private final List<String> events;
        volatile String channel;
        volatile String target;
        volatile String fileName;

        Deliveries(List<String> events) {
            this.events = events;
        }

        public void prepare(Exchange exchange) {
            events.add("prepare");
            exchange.getMessage().setHeader("ketenhubChannel", channel);
            exchange.getMessage().setHeader("ketenhubTarget", target);
            exchange.getMessage().setHeader("ketenhubMediaType", "application/xml");
            if (fileName != null) {
                exchange.getMessage().setHeader(Exchange.FILE_NAME, fileName);
            }
        }

        public void delivered(@Header("ketenhubBerichtId") String berichtId) {
            events.add("delivered " + berichtId);
        }
    }
}
