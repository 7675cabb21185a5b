package nl.ketenhub.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Declaratie;
import nl.ketenhub.canonical.Prestatie;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules on a back office's 325: positive and negative per rule. */
class Antwoord325ChecksTest {

    private static final LocalDate DAG = LocalDate.of(2026, 5, 6);

    private static Declaratie declaratie() {
        return new Declaratie(
                        "42420001",
                        "0384",
                        Standaard.IJW,
                        "DN1",
                        Declaraties.APRIL,
                        Declaraties.END_OF_APRIL,
                        UUID.randomUUID())
                .setBericht("ID323", DAG, "1.0.0", "1.0.0")
                .setModus("BACKEND");
    }

    private static Prestatie stored(Declaratiebericht.Prestatie p, long clientId) {
        return new Prestatie(
                        declaratie(),
                        clientId,
                        p.referentieNummer(),
                        p.vorigReferentieNummer(),
                        p.begin(),
                        p.eind(),
                        p.geleverdVolume(),
                        p.eenheid(),
                        p.bedrag(),
                        p.debetCredit())
                .setToewijzingnummer(p.toewijzingNummer())
                .setProduct(new Product(p.productCategorie(), p.productCode()))
                .setTarief(p.productTarief());
    }

    /** A 325 returning the given prestaties with 9321 from a 323 of 10000 (two debits of 5000). */
    private static DeclaratieAntwoordbericht antwoord(
            String identificatie,
            String nummer,
            long toegekend,
            List<String> codes,
            Declaratiebericht.Prestatie... returned) {
        List<DeclaratieAntwoordbericht.Prestatie> prestaties = java.util.Arrays.stream(returned)
                .map(p -> new DeclaratieAntwoordbericht.Prestatie(p, codes))
                .toList();
        return new DeclaratieAntwoordbericht(
                Declaraties.header(BerichtType.JW325),
                identificatie,
                DAG,
                "1.0.0",
                "1.0.0",
                List.of("0200"),
                nummer,
                10000L,
                toegekend,
                List.of(returned.length == 0 ? "8001" : "0200"),
                returned.length == 0
                        ? List.of()
                        : List.of(new DeclaratieAntwoordbericht.Client("999900006", List.of("0200"), prestaties)));
    }

    @Nested
    class TR337TR371TR376Test {
        @Test
        void acceptsA325ThatAnswersTheDeclaration() {
            assertThat(Antwoord325Checks.refersTo(
                            antwoord("ID323", "DN1", 10000, List.of()), Optional.of(declaratie())))
                    .isEmpty();
        }

        @Test
        void rejectsA325ForAnUnknownDeclarationOrWithOtherVersionOrNumber() {
            assertThat(Antwoord325Checks.refersTo(antwoord("ID323", "DN1", 10000, List.of()), Optional.empty()))
                    .extracting(Finding::rule)
                    .containsExactly("TR337");
            DeclaratieAntwoordbericht otherNumber = antwoord("ID323", "DN2", 10000, List.of());
            assertThat(Antwoord325Checks.refersTo(otherNumber, Optional.of(declaratie())))
                    .extracting(Finding::rule)
                    .containsExactly("TR376");
            Declaratie otherXsd = declaratie().setBericht("ID323", DAG, "1.0.0", "1.0.1");
            assertThat(Antwoord325Checks.refersTo(antwoord("ID323", "DN1", 10000, List.of()), Optional.of(otherXsd)))
                    .extracting(Finding::rule)
                    .containsExactly("TR371");
        }
    }

    @Nested
    class TR342Test {
        @Test
        void tr342AcceptsReconcilingTotals() {
            assertThat(Antwoord325Checks.tr342(
                            antwoord("ID323", "DN1", 5000, List.of("9321"), Declaraties.debit("RN2"))))
                    .isEmpty();
        }

        @Test
        void tr342RejectsTotalsThatDoNotReconcileAndUnrejectedPrestaties() {
            assertThat(Antwoord325Checks.tr342(
                            antwoord("ID323", "DN1", 6000, List.of("9321"), Declaraties.debit("RN2"))))
                    .extracting(Finding::rule)
                    .containsExactly("TR342");
            assertThat(Antwoord325Checks.tr342(
                            antwoord("ID323", "DN1", 5000, List.of("0200"), Declaraties.debit("RN2"))))
                    .extracting(Finding::rule)
                    .containsExactly("TR342");
        }
    }

    @Nested
    class TR366TR367TR304Test {
        private final List<Prestatie> forwarded =
                List.of(stored(Declaraties.debit("RN1"), 7L), stored(Declaraties.debit("RN2"), 7L));

        @Test
        void acceptsReturnedPrestatiesEqualToTheDeclaredOnes() {
            DeclaratieAntwoordbericht a = antwoord("ID323", "DN1", 5000, List.of("9321"), Declaraties.debit("RN2"));
            assertThat(Antwoord325Checks.prestaties(a, forwarded, Map.of("999900006", 7L)))
                    .isEmpty();
        }

        @Test
        void rejectsUnknownChangedOrOtherClientsPrestaties() {
            DeclaratieAntwoordbericht unknown =
                    antwoord("ID323", "DN1", 5000, List.of("9321"), Declaraties.debit("RN3"));
            assertThat(Antwoord325Checks.prestaties(unknown, forwarded, Map.of("999900006", 7L)))
                    .extracting(Finding::retourCode)
                    .containsExactly("9366");
            Declaratiebericht.Prestatie changed = Level2RulesTest.with(
                    Declaraties.debit("RN2"), Declaraties.APRIL, Declaraties.END_OF_APRIL, 5, "04", 1250L, 5000);
            DeclaratieAntwoordbericht differs = antwoord("ID323", "DN1", 5000, List.of("9321"), changed);
            assertThat(Antwoord325Checks.prestaties(differs, forwarded, Map.of("999900006", 7L)))
                    .extracting(Finding::retourCode)
                    .containsExactly("9367");
            DeclaratieAntwoordbericht a = antwoord("ID323", "DN1", 5000, List.of("9321"), Declaraties.debit("RN2"));
            assertThat(Antwoord325Checks.prestaties(a, forwarded, Map.of("999900006", 8L)))
                    .extracting(Finding::retourCode)
                    .containsExactly("8187");
        }
    }
}
