package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.aangevraagd;
import static nl.ketenhub.verzoek.Fixtures.nieuw;
import static nl.ketenhub.verzoek.Fixtures.teWijzigen;
import static nl.ketenhub.verzoek.Fixtures.validVot;
import static nl.ketenhub.verzoek.Fixtures.validVow;
import static nl.ketenhub.verzoek.Fixtures.vot;
import static nl.ketenhub.verzoek.Fixtures.vow;
import static nl.ketenhub.verzoek.Fixtures.withPeriode;
import static nl.ketenhub.verzoek.Fixtures.withProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Product;
import nl.ketenhub.referentie.ReferentieFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TR378 and TR381 on the 315, 317 and 319, with the date each uses (1992 exists from 2023-01-01). */
class VerzoekReferentiesTest {

    private static final LocalDate BEFORE_1992 = LocalDate.of(2022, 12, 1);

    @TempDir
    Path dir;

    private VerzoekReferenties referenties;

    @BeforeEach
    void rules() {
        referenties = new VerzoekReferenties(ReferentieFixtures.shippedRules(dir));
    }

    @Test
    void theValidRequestsAndAnswerPass() {
        assertThat(referenties.voor315(validVot())).isEmpty();
        assertThat(referenties.voor317(validVow())).isEmpty();
        assertThat(referenties.voor319(Fixtures.antwoord("2", null, null))).isEmpty();
    }

    @Test
    void tr378On315UsesTheToewijzingIngangsdatum() {
        VerzoekOmToewijzing before = aan1992(vot(withPeriode(aangevraagd("VOT-A"), BEFORE_1992, null)));
        VerzoekOmToewijzing after = aan1992(vot(withPeriode(aangevraagd("VOT-A"), LocalDate.of(2023, 1, 1), null)));

        assertThat(referenties.voor315(before))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR378", "S300", "Header"));
        assertThat(referenties.voor315(after)).isEmpty();
    }

    @Test
    void tr381On315JudgesEveryAangevraagdProduct() {
        VerzoekOmToewijzing vot = vot(
                aangevraagd("VOT-A"),
                withProduct(aangevraagd("VOT-B"), new Product("45", "55A11"), Fixtures.TWEE_UUR_PER_WEEK, null));

        assertThat(referenties.voor315(vot))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR381", "S329", VerzoekOmToewijzing.productPath(1)));
    }

    @Test
    void tr378On317UsesTheDagtekening() {
        VerzoekOmWijziging vow = validVow();
        VerzoekOmWijziging before = new VerzoekOmWijziging(
                header(BerichtType.JW317, "42420001", "1992", BEFORE_1992),
                vow.bsn(),
                vow.referentieAanbieder(),
                vow.redenVerzoek(),
                vow.ongewijzigd(),
                vow.teWijzigen(),
                vow.nieuw());

        assertThat(referenties.voor317(before))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR378", "S300", "Header"));
    }

    @Test
    void tr381On317JudgesTheNieuweProducten() {
        VerzoekOmWijziging vow = vow(
                List.of(),
                List.of(teWijzigen(1002)),
                List.of(nieuw(), nieuw(new Product("45", "55A12"), LocalDate.of(2026, 5, 1), null)));

        assertThat(referenties.voor317(vow))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR381", "S329", VerzoekOmWijziging.nieuwPath(1)));
    }

    @Test
    void tr378On319UsesTheDagtekeningOfTheGemeentesAnswer() {
        Antwoordbericht antwoord = Fixtures.antwoord("2", null, null);
        Antwoordbericht before = new Antwoordbericht(
                header(BerichtType.JW319, "1992", "42420001", BEFORE_1992),
                antwoord.referentieAanbieder(),
                antwoord.verzoekAntwoord(),
                null,
                null);

        assertThat(referenties.voor319(before))
                .extracting(Finding::rule, Finding::retourCode)
                .containsExactly(tuple("TR378", "S300"));
    }

    private static VerzoekOmToewijzing aan1992(VerzoekOmToewijzing vot) {
        return new VerzoekOmToewijzing(
                header(BerichtType.JW315, "42420001", "1992", vot.header().dagtekening()),
                vot.bsn(),
                vot.geboortedatum(),
                vot.datumGebruik(),
                vot.gezagsdragerBekend(),
                vot.producten());
    }

    private static BerichtHeader header(BerichtType type, String afzender, String ontvanger, LocalDate dagtekening) {
        return new BerichtHeader(type, afzender, ontvanger, "ID1", dagtekening, "1.0.0", "1.0.0");
    }
}
