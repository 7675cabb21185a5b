package nl.ketenhub.regie;

import static nl.ketenhub.regie.RegieTestData.BEGIN;
import static nl.ketenhub.regie.RegieTestData.DAGTEKENING;
import static nl.ketenhub.regie.RegieTestData.start;
import static nl.ketenhub.regie.RegieTestData.startbericht;
import static nl.ketenhub.regie.RegieTestData.stop;
import static nl.ketenhub.regie.RegieTestData.stopbericht;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Product;
import nl.ketenhub.toewijzing.Geboortedatum;
import org.junit.jupiter.api.Test;

class TR134Test {

    private final TR134 rule = new TR134();

    @Test
    void tr134AcceptsDatesUpToTheDagtekeningAndAFutureToewijzingIngangsdatum() {
        StartProduct futureToewijzing = new StartProduct(
                RegieTestData.NUMMER, RegieTestData.PRODUCT, DAGTEKENING.plusMonths(1), DAGTEKENING, "1");
        assertThat(rule.check(startbericht(start(DAGTEKENING, "1"), futureToewijzing)))
                .isEmpty();
        assertThat(rule.check(stopbericht(stop("31", DAGTEKENING)))).isEmpty();
    }

    @Test
    void tr134RejectsAStartInTheFuture() {
        StartProduct later = new StartProduct(300202L, new Product("55", "55A12"), null, DAGTEKENING.plusDays(1), "1");
        assertThat(rule.check(startbericht(start(), later)))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR134", "0001", "Client/StartProducten/StartProduct[2]"));
    }

    @Test
    void tr134RejectsAStopEinddatumInTheFuture() {
        assertThat(rule.check(stopbericht(stop(BEGIN, "31", DAGTEKENING.plusDays(1), "1"))))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("TR134", "Client/StopProducten/StopProduct[1]"));
    }

    @Test
    void tr134RejectsAGeboortedatumAfterTheDagtekening() {
        assertThat(rule.check(startbericht("999900006", new Geboortedatum(DAGTEKENING.plusDays(1), null), start())))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("TR134", "Client"));
    }
}
