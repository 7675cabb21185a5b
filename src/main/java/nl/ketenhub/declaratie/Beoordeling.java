package nl.ketenhub.declaratie;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/**
 * Judges a 323 that passed level 2 at levels 3 and 4 against a {@link Stand}: first the
 * Declaratie class (TR333, TR318: a fault rejects the whole declaration), then the clients (TR304:
 * an unknown Bsn rejects all its prestaties), then every prestatie on its own (IV087). Credits are
 * judged before debits, so that a credit and its re-debit in one 323 work (IV091); approved
 * prestaties count for the ones judged after them. A credit is judged on technical grounds only
 * (IV085).
 */
final class Beoordeling {

    private static final List<PrestatieRule> CREDIT_RULES = List.of(new TR314(), new TR323(), new TR390(), new TR346());

    private static final List<PrestatieRule> DEBIT_RULES = List.of(
            new TR338(),
            new TR304(),
            new TR384(),
            new TR307(),
            new TR308(),
            new TR387(),
            new TR388(),
            new TR319(),
            new TR339(),
            new TR340(),
            new TR341(),
            new TR321(),
            new TR322(),
            new TR369(),
            new TR389(),
            new TR314(),
            new TR418(),
            new TR346());

    private Beoordeling() {}

    static List<Finding> judge(Declaratiebericht bericht, Stand stand) {
        List<Finding> declaratie = new ArrayList<>();
        new TR333().check(bericht, stand).ifPresent(declaratie::add);
        new TR318().check(bericht, stand).ifPresent(declaratie::add);
        if (!declaratie.isEmpty()) {
            return declaratie;
        }
        List<Finding> findings = new ArrayList<>();
        for (int c = 0; c < bericht.clienten().size(); c++) {
            if (!stand.clienten().containsKey(bericht.clienten().get(c).bsn())) {
                findings.add(Finding.crossMessage(
                        "TR304", "8187", "The Bsn is not a client of this gemeente", Declaratiebericht.clientPath(c)));
            }
        }
        for (boolean credits : new boolean[] {true, false}) {
            for (int c = 0; c < bericht.clienten().size(); c++) {
                Declaratiebericht.Client client = bericht.clienten().get(c);
                Long clientId = stand.clienten().get(client.bsn());
                if (clientId == null) {
                    continue;
                }
                for (int p = 0; p < client.prestaties().size(); p++) {
                    Declaratiebericht.Prestatie prestatie = client.prestaties().get(p);
                    if (prestatie.isCredit() == credits) {
                        findings.addAll(
                                judge(bericht, stand, clientId, Declaratiebericht.prestatiePath(c, p), prestatie));
                    }
                }
            }
        }
        return findings;
    }

    private static List<Finding> judge(
            Declaratiebericht bericht, Stand stand, Long clientId, String path, Declaratiebericht.Prestatie prestatie) {
        Toewijzingstand toewijzing = stand.toewijzingen().get(prestatie.toewijzingNummer());
        PrestatieZaak zaak =
                new PrestatieZaak(bericht, path, prestatie, clientId, toewijzing, stand.log(), stand.contracten());
        List<Finding> findings = new ArrayList<>();
        for (PrestatieRule rule : prestatie.isCredit() ? CREDIT_RULES : DEBIT_RULES) {
            Optional<Finding> finding = rule.check(zaak);
            finding.ifPresent(findings::add);
        }
        stand.log().ingediend().add(prestatie.referentieNummer());
        if (findings.isEmpty()) {
            approve(stand, prestatie, toewijzing);
        }
        return findings;
    }

    private static void approve(Stand stand, Declaratiebericht.Prestatie prestatie, Toewijzingstand toewijzing) {
        if (prestatie.isCredit()) {
            stand.log().gecrediteerd().add(prestatie.vorigReferentieNummer());
            stand.toewijzingen().values().forEach(t -> t.toegekend()
                    .removeIf(claim -> claim.referentieNummer().equals(prestatie.vorigReferentieNummer())));
        } else if (toewijzing != null) {
            toewijzing.toegekend().add(Claim.of(prestatie));
        }
    }
}
