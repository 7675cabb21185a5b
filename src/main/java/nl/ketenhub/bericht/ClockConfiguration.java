package nl.ketenhub.bericht;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the hub, in Dutch time: "today" in the standard is the Dutch calendar day. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** The time zone in which the standard's dates (Dagtekening, DagtekeningRetour) are meant. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }
}
