package nl.ketenhub.routing;

import java.nio.file.Path;
import nl.ketenhub.partner.IntakeChannel;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerDirectory;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Instantiates the intake templates of routes/intake.yaml for every partner that lists the channel:
 * {@code file-intake-<code>} on {@code <data-dir>/inbox/<code>} and {@code jms-intake-<code>} on
 * {@code ketenhub.<code>.in}.
 */
@Component
class PartnerRoutes implements CamelContextConfiguration {

    private final PartnerDirectory partners;
    private final Path inboxRoot;

    PartnerRoutes(PartnerDirectory partners, @Value("${ketenhub.data-dir}") String dataDir) {
        this.partners = partners;
        this.inboxRoot = Path.of(dataDir, "inbox");
    }

    @Override
    public void beforeApplicationStart(CamelContext context) {}

    @Override
    public void afterApplicationStart(CamelContext context) {
        for (Partner partner : partners.all()) {
            if (partner.intake().contains(IntakeChannel.FILE)) {
                TemplatedRouteBuilder.builder(context, "file-intake")
                        .routeId("file-intake-" + partner.code())
                        .parameter("partner", partner.code())
                        .parameter("inbox", inboxRoot.resolve(partner.code()).toString())
                        .add();
            }
            if (partner.intake().contains(IntakeChannel.JMS)) {
                TemplatedRouteBuilder.builder(context, "jms-intake")
                        .routeId("jms-intake-" + partner.code())
                        .parameter("partner", partner.code())
                        .parameter("queue", intakeQueue(partner))
                        .add();
            }
        }
    }

    /** The queue a JMS partner hands its messages to the hub on. */
    static String intakeQueue(Partner partner) {
        return "ketenhub." + partner.code() + ".in";
    }
}
