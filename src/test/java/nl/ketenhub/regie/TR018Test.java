package nl.ketenhub.regie;

import static nl.ketenhub.regie.RegieTestData.BEGIN;
import static nl.ketenhub.regie.RegieTestData.start;
import static nl.ketenhub.regie.RegieTestData.startbericht;
import static nl.ketenhub.regie.RegieTestData.stop;
import static nl.ketenhub.regie.RegieTestData.stopbericht;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR018Test {

    private final TR018 rule = new TR018();

    @Test
    void tr018AcceptsEinddatumOnOrAfterBegindatum() {
        assertThat(rule.check(stopbericht(stop("31", BEGIN), stop("20", BEGIN.plusDays(10)))))
                .isEmpty();
        assertThat(rule.check(startbericht(start()))).isEmpty();
    }

    @Test
    void tr018RejectsEinddatumBeforeBegindatum() {
        assertThat(rule.check(stopbericht(stop("31", BEGIN.plusDays(10)), stop(BEGIN.plusDays(1), "31", BEGIN, "1"))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR018", "0001", "Client/StopProducten/StopProduct[2]"));
    }
}
