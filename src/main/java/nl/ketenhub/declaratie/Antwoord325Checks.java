package nl.ketenhub.declaratie;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Declaratie;
import nl.ketenhub.canonical.Prestatie;

/**
 * The rules on a 325 of a gemeente's back office (mode BACKEND), against the 323 it answers and
 * the prestaties the hub forwarded: TR337/TR371/TR376 (it refers to a received 323; no
 * retourcode), TR342 (only rejected prestaties, totals reconcile), TR366 (9366), TR367 (9367) and
 * TR304 (8187).
 *
 * @param clientIds the client id of each BSN in the 325 that the gemeente knows
 */
final class Antwoord325Checks {

    private Antwoord325Checks() {}

    /** TR337 and TR371 (header) and TR376 (DeclaratieNummer); empty when the 325 answers the 323. */
    static List<Finding> refersTo(DeclaratieAntwoordbericht antwoord, Optional<Declaratie> declaratie) {
        if (declaratie.isEmpty()
                || !Objects.equals(declaratie.get().getBerichtDagtekening(), antwoord.declaratieDagtekening())) {
            return List.of(Finding.policy(
                    "TR337",
                    "DeclaratieIdentificatie " + antwoord.declaratieIdentificatie()
                            + " is not a 323 the hub forwarded to this gemeente",
                    "Header"));
        }
        List<Finding> findings = new ArrayList<>();
        Declaratie d = declaratie.get();
        if (!Objects.equals(d.getXsdBasisschema(), antwoord.xsdBasisschemaDeclaratie())
                || !Objects.equals(d.getXsdBericht(), antwoord.xsdBerichtDeclaratie())) {
            findings.add(Finding.policy("TR371", "XsdVersieDeclaratie differs from the 323's XsdVersie", "Header"));
        }
        if (antwoord.declaratieNummer() != null && !antwoord.declaratieNummer().equals(d.getDeclaratienummer())) {
            findings.add(Finding.policy(
                    "TR376", "DeclaratieNummer differs from the 323's DeclaratieNummer", "DeclaratieAntwoord"));
        }
        return findings;
    }

    /** TR342: only rejected prestaties are returned and Σ returned = TotaalIngediend − TotaalToegekend. */
    static List<Finding> tr342(DeclaratieAntwoordbericht antwoord) {
        if (antwoord.declaratieNummer() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        long returned = 0;
        for (int c = 0; c < antwoord.clienten().size(); c++) {
            DeclaratieAntwoordbericht.Client client = antwoord.clienten().get(c);
            for (int p = 0; p < client.prestaties().size(); p++) {
                DeclaratieAntwoordbericht.Prestatie prestatie =
                        client.prestaties().get(p);
                returned += prestatie.waarden().signedBedrag();
                if (prestatie.retourCodes().stream().allMatch(Declaratie325Builder.GEEN_OPMERKING::equals)) {
                    findings.add(Finding.content(
                            "TR342",
                            prestatie.waarden().describe() + " is returned without being rejected",
                            DeclaratieAntwoordbericht.prestatiePath(c, p)));
                }
            }
        }
        boolean geheel = !antwoord.antwoordRetourCodes().contains(Declaratie325Builder.GEEN_OPMERKING)
                && !antwoord.antwoordRetourCodes().contains(Declaratie325Builder.GOEDGEKEURD);
        if (!geheel && returned != antwoord.totaalIngediendBedrag() - antwoord.totaalToegekendBedrag()) {
            findings.add(Finding.content(
                    "TR342",
                    "the returned prestaties (" + returned + ") do not reconcile TotaalIngediendBedrag "
                            + antwoord.totaalIngediendBedrag() + " - TotaalToegekendBedrag "
                            + antwoord.totaalToegekendBedrag(),
                    "DeclaratieAntwoord"));
        }
        return findings;
    }

    /** TR366, TR367 and TR304 for every returned prestatie against those the hub forwarded. */
    static List<Finding> prestaties(
            DeclaratieAntwoordbericht antwoord, List<Prestatie> doorgestuurd, Map<String, Long> clientIds) {
        Map<String, Prestatie> byReferentie = doorgestuurd.stream()
                .filter(p -> p.getStatus() != Prestatie.Status.AFGEWEZEN)
                .collect(Collectors.toMap(Prestatie::getReferentienummer, Function.identity(), (a, b) -> a));
        List<Finding> findings = new ArrayList<>();
        for (int c = 0; c < antwoord.clienten().size(); c++) {
            DeclaratieAntwoordbericht.Client client = antwoord.clienten().get(c);
            Long clientId = clientIds.get(client.bsn());
            for (int p = 0; p < client.prestaties().size(); p++) {
                Declaratiebericht.Prestatie waarden = client.prestaties().get(p).waarden();
                String path = DeclaratieAntwoordbericht.prestatiePath(c, p);
                Prestatie stored = byReferentie.get(waarden.referentieNummer());
                if (stored == null) {
                    findings.add(Finding.crossMessage(
                            "TR366", "9366", waarden.describe() + " does not occur in the declaration", path));
                } else if (!same(stored, waarden)) {
                    findings.add(Finding.crossMessage(
                            "TR367", "9367", waarden.describe() + " differs from the declared prestatie", path));
                } else if (!stored.getClientId().equals(clientId)) {
                    findings.add(Finding.crossMessage(
                            "TR304",
                            "8187",
                            waarden.describe() + " belongs to another client",
                            DeclaratieAntwoordbericht.clientPath(c)));
                }
            }
        }
        return findings;
    }

    private static boolean same(Prestatie s, Declaratiebericht.Prestatie p) {
        return Objects.equals(s.getVorigReferentienummer(), p.vorigReferentieNummer())
                && Objects.equals(s.getToewijzingnummer(), p.toewijzingNummer())
                && s.getProduct() != null
                && Objects.equals(s.getProduct().categorie(), p.productCategorie())
                && Objects.equals(s.getProduct().code(), p.productCode())
                && s.getPeriodeBegin().equals(p.begin())
                && s.getPeriodeEind().equals(p.eind())
                && s.getGeleverdVolume() == p.geleverdVolume()
                && s.getEenheid().equals(p.eenheid())
                && Objects.equals(s.getTarief(), p.productTarief())
                && s.getBedrag() == p.bedrag()
                && s.getDebetCredit().equals(p.debetCredit());
    }
}
