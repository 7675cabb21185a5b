package nl.ketenhub.regie;

import static nl.ketenhub.regie.RegieTestData.BEGIN;
import static nl.ketenhub.regie.RegieTestData.start;
import static nl.ketenhub.regie.RegieTestData.startbericht;
import static nl.ketenhub.regie.RegieTestData.stop;
import static nl.ketenhub.regie.RegieTestData.stopbericht;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CS058Test {

    private final CS058 rule = new CS058();

    @Test
    void cs058AcceptsStatus1And3() {
        assertThat(rule.check(startbericht(start(BEGIN, "1"), start(BEGIN.plusDays(1), "3"))))
                .isEmpty();
    }

    @Test
    void cs058RejectsStatus2And9OnTheirClass() {
        assertThat(rule.check(startbericht(start(BEGIN, "1"), start(BEGIN.plusDays(1), "2"))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CS058", "0001", "Client/StartProducten/StartProduct[2]"));
        assertThat(rule.check(stopbericht(stop(BEGIN, "31", LocalDate.of(2026, 5, 1), "9"))))
                .extracting(Finding::path)
                .containsExactly("Client/StopProducten/StopProduct[1]");
    }
}
