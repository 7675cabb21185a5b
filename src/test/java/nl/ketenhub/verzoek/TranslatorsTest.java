package nl.ketenhub.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;

/** The 315, 317 and 319 translators on the published samples of both standards. */
class TranslatorsTest {

    @Test
    void translatesWmo315() throws Exception {
        VerzoekOmToewijzing vot = new Verzoek315Translator(Samples.unmarshaller())
                .translate(Samples.inbound("iwmo/3.2/berichten/WMO315.xml"));

        assertThat(vot.bsn()).isEqualTo("999900006");
        assertThat(vot.geboortedatum()).isEqualTo(LocalDate.of(1972, 7, 16));
        assertThat(vot.gezagsdragerBekend()).isNull();
        assertThat(vot.producten()).hasSize(2);
        AangevraagdProduct first = vot.producten().get(0);
        assertThat(first.referentieAanbieder()).isEqualTo("42420001");
        assertThat(first.beschikkingNummer()).isEqualTo(1234L);
        assertThat(first.beschikkingIngangsdatum()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(first.product()).isEqualTo(new Product("01", "ABCDE"));
        assertThat(first.toewijzingIngangsdatum()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(first.toewijzingEinddatum()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(first.omvang()).isEqualTo(new Omvang(4, "14", "4"));
        assertThat(first.budget()).isNull();
        assertThat(first.verwijzer()).isEqualTo(new Verwijzer("04", "Verwijzer Naam", null));
        assertThat(first.raamcontract()).isEqualTo("1");
    }

    @Test
    void translatesTheRepairedJw315() throws Exception {
        VerzoekOmToewijzing vot = new Verzoek315Translator(Samples.unmarshaller()).translate(Samples.repairedJw315());

        assertThat(vot.gezagsdragerBekend()).isEqualTo("1");
        assertThat(vot.producten())
                .extracting(AangevraagdProduct::referentieAanbieder)
                .containsExactly("40A12341234", "40A12341235");
        assertThat(vot.producten().get(1).verwijzer()).isEqualTo(new Verwijzer("02", null, "12345678"));
        assertThat(vot.producten().get(1).toewijzingEinddatum()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(new Verzoek315Checks().content(vot)).isEmpty();
    }

    @Test
    void translatesWmo317() throws Exception {
        VerzoekOmWijziging vow = new Verzoek317Translator(Samples.unmarshaller())
                .translate(Samples.inbound("iwmo/3.2/berichten/WMO317.xml"));

        assertThat(vow.bsn()).isEqualTo("999900006");
        assertThat(vow.referentieAanbieder()).isEqualTo("9003");
        assertThat(vow.redenVerzoek()).isEqualTo("1");
        assertThat(vow.ongewijzigd()).containsExactly(10071L);
        assertThat(vow.teWijzigen())
                .containsExactly(
                        new TeWijzigenProduct(10072, LocalDate.of(2023, 4, 2), LocalDate.of(2023, 12, 31), null, null));
        assertThat(vow.nieuw())
                .containsExactly(new NieuwProduct(
                        new Product("01", "01A12"),
                        LocalDate.of(2023, 4, 2),
                        LocalDate.of(2023, 12, 31),
                        new Omvang(20, "14", "4"),
                        null));
    }

    @Test
    void translatesJw317WithoutTeWijzigenProducten() throws Exception {
        VerzoekOmWijziging vow = new Verzoek317Translator(Samples.unmarshaller())
                .translate(Samples.inbound("ijw/3.2/berichten/JW317.xml"));

        assertThat(vow.teWijzigen()).isEmpty();
        assertThat(vow.nieuw()).singleElement().satisfies(p -> assertThat(p.product())
                .isEqualTo(new Product("45", "45A03")));
        // the published sample ends its NieuwProduct before it starts
        assertThat(new Verzoek317Checks().content(vow))
                .extracting(f -> f.rule())
                .contains("CS003");
    }

    @Test
    void translatesJw319WithWoonplaatsbeginsel() throws Exception {
        Antwoordbericht antwoord = new Antwoord319Translator(Samples.unmarshaller())
                .translate(Samples.inbound("ijw/3.2/berichten/JW319.xml"));

        assertThat(antwoord)
                .extracting(
                        Antwoordbericht::referentieAanbieder,
                        Antwoordbericht::verzoekAntwoord,
                        Antwoordbericht::redenAfwijzingVerzoek,
                        Antwoordbericht::woonplaatsbeginselGemeente)
                .containsExactly("9003", "1", "8", "1916");
        assertThat(new Antwoord319Checks().content(antwoord)).isEmpty();
    }

    @Test
    void translatesWmo319() throws Exception {
        Antwoordbericht antwoord = new Antwoord319Translator(Samples.unmarshaller())
                .translate(Samples.inbound("iwmo/3.2/berichten/WMO319.xml"));

        assertThat(antwoord.redenAfwijzingVerzoek()).isEqualTo("7");
        assertThat(antwoord.woonplaatsbeginselGemeente()).isNull();
        assertThat(antwoord.header().afzender()).isEqualTo("0384");
    }
}
