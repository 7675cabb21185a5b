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
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;

class TR101Test {

    private final TR101 rule = new TR101();

    @Test
    void tr101AcceptsStartsThatDifferInOneKeyElement() {
        StartProduct otherProduct =
                new StartProduct(RegieTestData.NUMMER, new Product("55", "55A12"), null, BEGIN, "1");
        StartProduct otherNummer = new StartProduct(300202L, RegieTestData.PRODUCT, null, BEGIN, "1");
        assertThat(rule.check(startbericht(start(), start(BEGIN.plusDays(1), "1"), otherProduct, otherNummer)))
                .isEmpty();
    }

    @Test
    void tr101AcceptsStopsThatDifferInRedenOrEinddatum() {
        LocalDate eind = LocalDate.of(2026, 5, 1);
        assertThat(rule.check(stopbericht(stop("20", eind), stop("31", eind), stop("31", eind.plusDays(1)))))
                .isEmpty();
    }

    @Test
    void tr101RejectsTheSecondClassWithTheSameKeyWhateverItsStatus() {
        assertThat(rule.check(startbericht(start(BEGIN, "3"), start(BEGIN, "1"))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR101", "0001", "Client/StartProducten/StartProduct[2]"));
        LocalDate eind = LocalDate.of(2026, 5, 1);
        assertThat(rule.check(stopbericht(stop("31", eind), stop("20", eind), stop("31", eind))))
                .extracting(Finding::path)
                .containsExactly("Client/StopProducten/StopProduct[3]");
    }
}
