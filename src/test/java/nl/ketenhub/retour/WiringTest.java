package nl.ketenhub.retour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.ketenhub.bericht.ClockConfiguration;
import nl.ketenhub.toewijzing.Toewijzing301Checks;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The beans of this slice start from Spring with the shared Clock and the retour settings. */
class WiringTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RetourProperties.class)
    @Import({ClockConfiguration.class, RetourBuilder.class, AfwijzingBuilder.class, Toewijzing301Checks.class})
    static class Slice {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Slice.class);

    @Test
    void beansStartWithDefaultXsltVersie() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Clock.class);
            assertThat(context).hasSingleBean(RetourBuilder.class);
            assertThat(context).hasSingleBean(AfwijzingBuilder.class);
            assertThat(context).hasSingleBean(Toewijzing301Checks.class);
            assertThat(context.getBean(RetourProperties.class).xsltVersie()).isEqualTo("1.0.0");
        });
    }

    @Test
    void xsltVersieIsConfigurableAndChecked() {
        runner.withPropertyValues("ketenhub.retour.xslt-versie=2.1.0").run(context -> assertThat(
                        context.getBean(RetourProperties.class).xsltVersie())
                .isEqualTo("2.1.0"));
        runner.withPropertyValues("ketenhub.retour.xslt-versie=two")
                .run(context -> assertThat(context).hasFailed());
    }
}
