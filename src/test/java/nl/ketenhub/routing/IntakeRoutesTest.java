package nl.ketenhub.routing;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.component.file.GenericFileFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The route templates {@code file-intake} and {@code jms-intake} of routes/intake.yaml, instantiated
 * the way the hub does it (TemplatedRouteBuilder, route ids {@code file-intake-<code>} and
 * {@code jms-intake-<code>}), with the route configurations of routes/error-handling.yaml.
 */
class IntakeRoutesTest extends YamlRouteTestSupport {

    private static final String BODY = "<JW301 xmlns=\"http://www.istandaarden.nl/ijw/3_2/jw301/schema\"/>";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Intake fileIntake = new Intake();
    private final Intake jmsIntake = new Intake();
    private final Failures failures = new Failures();

    @TempDir
    Path inbox;

    @BeforeEach
    void loadIntakeRoutes() throws Exception {
        context.getRegistry().bind("fileIntake", fileIntake);
        context.getRegistry().bind("jmsIntake", jmsIntake);
        context.getRegistry().bind("failures", failures);
        context.getRegistry().bind("fileNameGuard", (GenericFileFilter<Object>) file -> true);
        loadRoutes("error-handling.yaml", "intake.yaml");
    }

    @Test
    void fileDroppedInThePartnersInboxReachesFileIntakeAndMovesToDone() throws Exception {
        startFileIntake("0384");
        NotifyBuilder done = new NotifyBuilder(context)
                .fromRoute("file-intake-0384")
                .whenDone(1)
                .create();
        String dayBefore = LocalDate.now().format(DAY);

        drop("JW301-20260101.xml");

        assertThat(done.matches(20, SECONDS)).isTrue();
        assertThat(fileIntake.received).containsExactly(new Received(BODY, "0384", "JW301-20260101.xml"));
        await().atMost(10, SECONDS).until(() -> !Files.exists(inbox.resolve("JW301-20260101.xml")));
        String dayAfter = LocalDate.now().format(DAY);
        assertThat(List.of(dayBefore, dayAfter))
                .anySatisfy(day -> assertThat(inbox.resolve(".done/" + day + "/JW301-20260101.xml"))
                        .hasContent(BODY));
        assertThat(inbox.resolve(".error")).doesNotExist();
        assertThat(fileIntake.reasons).isEmpty();
    }

    @Test
    void refusedFileGetsItsReasonWrittenAndMovesToError() throws Exception {
        UUID berichtId = UUID.fromString("6b0e2c55-94c1-4f3e-a1d2-7c8e9f0a1b2c");
        fileIntake.failWith = new IntakeRefusedException(berichtId, "OP192: bericht is niet UTF-8 gecodeerd");
        startFileIntake("0384");
        NotifyBuilder failed = new NotifyBuilder(context)
                .fromRoute("file-intake-0384")
                .whenFailed(1)
                .create();

        drop("JW301-kapot.xml");

        assertThat(failed.matches(20, SECONDS)).isTrue();
        await().atMost(10, SECONDS).until(() -> Files.exists(inbox.resolve(".error/JW301-kapot.xml")));
        assertThat(inbox.resolve(".error/JW301-kapot.xml")).hasContent(BODY);
        assertThat(inbox.resolve("JW301-kapot.xml")).doesNotExist();
        assertThat(inbox.resolve(".done")).doesNotExist();
        assertThat(fileIntake.reasons)
                .containsExactly(new Reason(
                        berichtId, "OP192: bericht is niet UTF-8 gecodeerd", "JW301-kapot.xml", "0384", true));
    }

    @Test
    void jmsMessageOnThePartnersQueueReachesJmsIntakeWithThePartner() throws Exception {
        startJmsIntake("42420001");

        Exchange result = template.send("direct:jms-intake", e -> e.getMessage().setBody(BODY));

        assertThat(result.getException()).isNull();
        assertThat(jmsIntake.received).containsExactly(new Received(BODY, "42420001", null));
        assertThat(failures.attempts).isEmpty();
    }

    @Test
    void jmsIntakeFailureIsLoggedAsAttemptAndNotHandledSoTheBrokerRedelivers() throws Exception {
        jmsIntake.failWith = new IllegalStateException("message log unavailable");
        startJmsIntake("42420001");

        Exchange result = template.send("direct:jms-intake", e -> e.getMessage().setBody(BODY));

        assertThat(result.isFailed()).isTrue();
        assertThat(result.getException()).isSameAs(jmsIntake.failWith);
        assertThat(failures.attempts).containsExactly("message log unavailable");
    }

    private void startFileIntake(String partner) throws Exception {
        TemplatedRouteBuilder.builder(context, "file-intake")
                .routeId("file-intake-" + partner)
                .parameter("partner", partner)
                .parameter("inbox", inbox.toString())
                .add();
        context.start();
    }

    private void startJmsIntake(String partner) throws Exception {
        TemplatedRouteBuilder.builder(context, "jms-intake")
                .routeId("jms-intake-" + partner)
                .parameter("partner", partner)
                .parameter("queue", "ketenhub." + partner + ".in")
                .add();
        AdviceWith.adviceWith(context, "jms-intake-" + partner, a -> a.replaceFromWith("direct:jms-intake"));
        context.start();
    }

    /** Writes the file next to the inbox and moves it in, as a well-behaved sender does. */
    private void drop(String name) throws Exception {
        Path staged =
                Files.writeString(inbox.resolveSibling(inbox.getFileName() + "-" + name), BODY, StandardCharsets.UTF_8);
        Files.move(staged, inbox.resolve(name));
    }

    record Received(String body, String partner, String fileName) {}

    /** {@code stillInInbox}: writeReason runs before moveFailed, so it must create .error/ itself. */
    record Reason(UUID berichtId, String reason, String fileName, String partner, boolean stillInInbox) {}

    public static class Intake {
        final List<Received> received = new CopyOnWriteArrayList<>();
        final List<Reason> reasons = new CopyOnWriteArrayList<>();
        volatile RuntimeException failWith;

        public void receive(
                @Body String body,
                @Header("ketenhubPartner") String partner,
                @Header(Exchange.FILE_NAME) String fileName) {
            received.add(new Received(body, partner, fileName));
            if (failWith != null) {
                throw failWith;
            }
        }

        public void writeReason(Exchange exchange) {
            IntakeRefusedException refused =
                    exchange.getProperty(Exchange.EXCEPTION_CAUGHT, IntakeRefusedException.class);
            reasons.add(new Reason(
                    refused.berichtId(),
                    refused.getMessage(),
                    exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class),
                    exchange.getMessage().getHeader("ketenhubPartner", String.class),
                    Files.exists(Path.of(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class)))));
        }
    }

    public static class Failures {
        final List<String> attempts = new CopyOnWriteArrayList<>();

        public void attemptFailed(Exchange exchange) {
            attempts.add(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)
                    .getMessage());
        }
    }
}
