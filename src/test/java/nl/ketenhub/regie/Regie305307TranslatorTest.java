package nl.ketenhub.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;

/** Start305Translator and Stop307Translator on the published samples of both standards. */
class Regie305307TranslatorTest {

    @Test
    void translatesJw305() throws Exception {
        Startbericht bericht = RegieSamples.startbericht("ijw/3.2/berichten/JW305.xml");

        assertThat(bericht.header().type()).isEqualTo(BerichtType.JW305);
        assertThat(bericht.aanbieder()).isEqualTo("65656055");
        assertThat(bericht.gemeente()).isEqualTo("0363");
        assertThat(bericht.bsn()).isEqualTo("999900006");
        assertThat(bericht.geboortedatum().datum()).isEqualTo(LocalDate.of(2010, 2, 14));
        assertThat(bericht.producten())
                .containsExactly(
                        new StartProduct(
                                300201L,
                                new Product("55", "55A11"),
                                LocalDate.of(2026, 4, 1),
                                LocalDate.of(2026, 4, 3),
                                "1"),
                        new StartProduct(
                                300202L,
                                new Product("55", "55A12"),
                                LocalDate.of(2026, 4, 1),
                                LocalDate.of(2026, 4, 15),
                                "1"));
    }

    @Test
    void translatesWmo305() throws Exception {
        Startbericht bericht = RegieSamples.startbericht("iwmo/3.2/berichten/WMO305.xml");

        assertThat(bericht.header().type()).isEqualTo(BerichtType.WMO305);
        assertThat(bericht.bsn()).isEqualTo("999900006");
        assertThat(bericht.producten()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.toewijzingNummer()).isNotNull();
            assertThat(p.product().categorie()).isEqualTo("01");
            assertThat(p.begindatum()).isNotNull();
            assertThat(p.statusAanlevering()).isEqualTo("1");
        });
    }

    @Test
    void translatesJw307() throws Exception {
        Stopbericht bericht = RegieSamples.stopbericht("ijw/3.2/berichten/JW307.xml");

        assertThat(bericht.header().type()).isEqualTo(BerichtType.JW307);
        assertThat(bericht.header().dagtekening()).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(bericht.producten())
                .first()
                .isEqualTo(new StopProduct(
                        300201L,
                        new Product("55", "55A11"),
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 4, 3),
                        "31",
                        LocalDate.of(2026, 7, 17),
                        "1"));
        assertThat(bericht.producten()).hasSize(2);
    }

    @Test
    void translatesWmo307() throws Exception {
        Stopbericht bericht = RegieSamples.stopbericht("iwmo/3.2/berichten/WMO307.xml");

        assertThat(bericht.header().type()).isEqualTo(BerichtType.WMO307);
        assertThat(bericht.producten()).hasSize(2);
        StopProduct first = bericht.producten().get(0);
        assertThat(first.product()).isEqualTo(new Product("01", "01A11"));
        assertThat(first.begindatum()).isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(first.redenBeeindiging()).isEqualTo("31");
        assertThat(first.einddatum()).isEqualTo(LocalDate.of(2025, 7, 18));
        assertThat(first.isTijdelijk()).isFalse();
    }

    @Test
    void thePublishedSamplesPassLevel2() throws Exception {
        assertThat(RegieChecks.check(RegieSamples.startbericht("ijw/3.2/berichten/JW305.xml")))
                .isEmpty();
        assertThat(RegieChecks.check(RegieSamples.stopbericht("iwmo/3.2/berichten/WMO307.xml")))
                .isEmpty();
    }
}
