package nl.ketenhub.verzoek;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;

/**
 * Test data in canonical form: a valid JW315, JW317 and JW319 (fictitious, modelled on the published
 * samples) that a test changes in one place, and the state the level 3 rules see.
 */
final class Fixtures {

    static final LocalDate DAGTEKENING = LocalDate.of(2026, 4, 1);
    static final Omvang TWEE_UUR_PER_WEEK = new Omvang(2, "04", "2");
    static final Verwijzer HUISARTS = new Verwijzer("02", null, "01999991");

    private Fixtures() {}

    static BerichtHeader header(BerichtType type) {
        boolean vanGemeente = type.nummer() == 319;
        return new BerichtHeader(
                type,
                vanGemeente ? "0384" : "42420001",
                vanGemeente ? "42420001" : "0384",
                "ID1",
                DAGTEKENING,
                "1.0.0",
                "1.0.0");
    }

    /** 55A11, 2026-05-01 to 2026-12-31, 2 hours per week, referred by a huisarts with AGB code. */
    static AangevraagdProduct aangevraagd(String referentie) {
        return new AangevraagdProduct(
                referentie,
                null,
                new Product("55", "55A11"),
                null,
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 12, 31),
                TWEE_UUR_PER_WEEK,
                null,
                HUISARTS,
                null);
    }

    static VerzoekOmToewijzing vot(AangevraagdProduct... producten) {
        return vot(BerichtType.JW315, producten);
    }

    static VerzoekOmToewijzing vot(BerichtType type, AangevraagdProduct... producten) {
        return new VerzoekOmToewijzing(
                header(type), "999911089", LocalDate.of(2014, 2, 20), null, "1", Arrays.asList(producten));
    }

    static VerzoekOmToewijzing validVot() {
        return vot(aangevraagd("VOT-A"));
    }

    /** Changes of an AangevraagdProduct that tests need often. */
    static AangevraagdProduct withProduct(AangevraagdProduct p, Product product, Omvang omvang, Long budget) {
        return new AangevraagdProduct(
                p.referentieAanbieder(),
                p.beschikkingNummer(),
                product,
                p.beschikkingIngangsdatum(),
                p.toewijzingIngangsdatum(),
                p.toewijzingEinddatum(),
                omvang,
                budget,
                p.verwijzer(),
                p.raamcontract());
    }

    static AangevraagdProduct withPeriode(AangevraagdProduct p, LocalDate begin, LocalDate eind) {
        return new AangevraagdProduct(
                p.referentieAanbieder(),
                p.beschikkingNummer(),
                p.product(),
                p.beschikkingIngangsdatum(),
                begin,
                eind,
                p.omvang(),
                p.budget(),
                p.verwijzer(),
                p.raamcontract());
    }

    static AangevraagdProduct withVerwijzer(AangevraagdProduct p, Verwijzer verwijzer) {
        return new AangevraagdProduct(
                p.referentieAanbieder(),
                p.beschikkingNummer(),
                p.product(),
                p.beschikkingIngangsdatum(),
                p.toewijzingIngangsdatum(),
                p.toewijzingEinddatum(),
                p.omvang(),
                p.budget(),
                verwijzer,
                p.raamcontract());
    }

    static AangevraagdProduct withBeschikking(AangevraagdProduct p, Long nummer, LocalDate ingangsdatum) {
        return new AangevraagdProduct(
                p.referentieAanbieder(),
                nummer,
                p.product(),
                ingangsdatum,
                p.toewijzingIngangsdatum(),
                p.toewijzingEinddatum(),
                p.omvang(),
                p.budget(),
                p.verwijzer(),
                p.raamcontract());
    }

    /** Toewijzing nr to change from 2026-05-01 to 2026-12-31, 2 hours per week. */
    static TeWijzigenProduct teWijzigen(long nummer) {
        return new TeWijzigenProduct(
                nummer, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31), TWEE_UUR_PER_WEEK, null);
    }

    /** A new 55A12 from 2026-05-01 to 2026-12-31, 2 hours per week. */
    static NieuwProduct nieuw() {
        return nieuw(new Product("55", "55A12"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31));
    }

    static NieuwProduct nieuw(Product product, LocalDate begin, LocalDate eind) {
        return new NieuwProduct(product, begin, eind, TWEE_UUR_PER_WEEK, null);
    }

    static VerzoekOmWijziging vow(
            List<Long> ongewijzigd, List<TeWijzigenProduct> teWijzigen, List<NieuwProduct> nieuw) {
        return vow(BerichtType.JW317, ongewijzigd, teWijzigen, nieuw);
    }

    static VerzoekOmWijziging vow(
            BerichtType type, List<Long> ongewijzigd, List<TeWijzigenProduct> teWijzigen, List<NieuwProduct> nieuw) {
        return new VerzoekOmWijziging(header(type), "999911089", "VOW-1", "1", ongewijzigd, teWijzigen, nieuw);
    }

    /** Ongewijzigd 1001, TeWijzigen 1002, one NieuwProduct. */
    static VerzoekOmWijziging validVow() {
        return vow(List.of(1001L), List.of(teWijzigen(1002)), List.of(nieuw()));
    }

    /** A 55A11 toewijzing from 2026-01-01 to 2026-12-31, 2 hours per week. */
    static HuidigeToewijzing toewijzing(long nummer) {
        return toewijzing(nummer, new Product("55", "55A11"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    static HuidigeToewijzing toewijzing(long nummer, Product product, LocalDate begin, LocalDate eind) {
        return new HuidigeToewijzing(nummer, product, begin, eind, null, TWEE_UUR_PER_WEEK, null);
    }

    /** The client is known and has exactly these toewijzingen at the aanbieder; nothing is pending. */
    static Stand317 stand(HuidigeToewijzing... toewijzingen) {
        Map<Long, HuidigeToewijzing> byNummer =
                Arrays.stream(toewijzingen).collect(Collectors.toMap(HuidigeToewijzing::nummer, Function.identity()));
        return new Stand317(!byNummer.isEmpty(), false, false, byNummer);
    }

    /** 1001 (55A11, unchanged) and 1002 (55A13, to change). */
    static Stand317 validStand() {
        return stand(
                toewijzing(1001),
                toewijzing(1002, new Product("55", "55A13"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    static Stand315 stand315(boolean onderhanden, String... bekend) {
        return new Stand315(onderhanden, Set.of(bekend));
    }

    static Antwoordbericht antwoord(String verzoekAntwoord, String reden, String gemeente) {
        return antwoord(BerichtType.JW319, verzoekAntwoord, reden, gemeente);
    }

    static Antwoordbericht antwoord(BerichtType type, String verzoekAntwoord, String reden, String gemeente) {
        return new Antwoordbericht(header(type), "VOT-A", verzoekAntwoord, reden, gemeente);
    }
}
