package nl.ketenhub.regie;

import static nl.ketenhub.regie.RegieTestData.start;
import static nl.ketenhub.regie.RegieTestData.startbericht;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.toewijzing.Geboortedatum;
import org.junit.jupiter.api.Test;

class CS002Test {

    private final CS002 rule = new CS002();
    private final Geboortedatum geboren = new Geboortedatum(LocalDate.of(2010, 2, 14), null);

    @Test
    void cs002AcceptsTestBsnsPassingElfproef() {
        for (String bsn : new String[] {"999900006", "999911120", "999996770"}) {
            assertThat(rule.check(startbericht(bsn, geboren, start()))).as(bsn).isEmpty();
        }
    }

    @Test
    void cs002RejectsBsnFailingElfproefWithoutNamingIt() {
        assertThat(rule.check(startbericht("999900007", geboren, start())))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CS002", "0001", "Client"));
        assertThat(rule.check(startbericht("999900007", geboren, start()))
                        .get(0)
                        .message())
                .doesNotContain("999900007");
    }
}
