package nl.ketenhub.verzoek;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Product;

/**
 * TR361 (retourcode 9361; 317): in the desired situation the VOW describes, the same product does
 * not occur twice with overlapping periods. Ongewijzigd and TeWijzigen products take their product
 * from the toewijzing; an OngewijzigdProduct keeps the toewijzing's period, a TeWijzigenProduct runs
 * from the toewijzing's Ingangsdatum to the requested Einddatum (open when empty), a NieuwProduct
 * from GewensteIngangsdatum to Einddatum. Two OngewijzigdProducten (the gemeente's own toewijzingen)
 * and two NieuweProducten (TR410) are not compared. iWmo categories 11 to 14 may overlap. The later
 * class (Ongewijzigd, TeWijzigen, Nieuw order) is the one in error.
 */
final class TR361 {

    private enum Soort {
        ONGEWIJZIGD,
        TE_WIJZIGEN,
        NIEUW
    }

    private record Lijn(Soort soort, String path, String naam, Product product, LocalDate begin, LocalDate eind) {}

    private TR361() {}

    static List<Finding> check(VerzoekOmWijziging bericht, Stand317 stand) {
        boolean iwmo = bericht.header().type().standaard() == Standaard.IWMO;
        List<Lijn> lijnen = lijnen(bericht, stand);
        List<Finding> findings = new ArrayList<>();
        for (int j = 1; j < lijnen.size(); j++) {
            Lijn later = lijnen.get(j);
            for (int i = 0; i < j; i++) {
                Lijn earlier = lijnen.get(i);
                if (later.soort() == earlier.soort() && later.soort() != Soort.TE_WIJZIGEN) {
                    continue;
                }
                if (Regels.sameProduct(earlier.product(), later.product(), iwmo)
                        && Regels.overlap(earlier.begin(), earlier.eind(), later.begin(), later.eind())) {
                    findings.add(Finding.crossMessage(
                            "TR361",
                            "9361",
                            later.naam() + " overlaps in period with the same product in " + earlier.naam(),
                            later.path()));
                    break;
                }
            }
        }
        return findings;
    }

    private static List<Lijn> lijnen(VerzoekOmWijziging bericht, Stand317 stand) {
        List<Lijn> lijnen = new ArrayList<>();
        for (int i = 0; i < bericht.ongewijzigd().size(); i++) {
            HuidigeToewijzing t = stand.toewijzingen().get(bericht.ongewijzigd().get(i));
            if (t != null && !t.isVerwijderd()) {
                lijnen.add(new Lijn(
                        Soort.ONGEWIJZIGD,
                        VerzoekOmWijziging.ongewijzigdPath(i),
                        "OngewijzigdProduct " + t.nummer(),
                        t.product(),
                        t.ingangsdatum(),
                        t.einddatum()));
            }
        }
        for (int i = 0; i < bericht.teWijzigen().size(); i++) {
            TeWijzigenProduct p = bericht.teWijzigen().get(i);
            HuidigeToewijzing t = stand.toewijzingen().get(p.toewijzingNummer());
            if (t != null) {
                lijnen.add(new Lijn(
                        Soort.TE_WIJZIGEN,
                        VerzoekOmWijziging.teWijzigenPath(i),
                        "TeWijzigenProduct " + t.nummer(),
                        t.product(),
                        t.ingangsdatum(),
                        p.einddatum()));
            }
        }
        for (int i = 0; i < bericht.nieuw().size(); i++) {
            NieuwProduct p = bericht.nieuw().get(i);
            lijnen.add(new Lijn(
                    Soort.NIEUW,
                    VerzoekOmWijziging.nieuwPath(i),
                    "NieuwProduct " + (i + 1),
                    p.product(),
                    p.gewensteIngangsdatum(),
                    p.einddatum()));
        }
        return lijnen;
    }
}
