package nl.ketenhub.verzoek;

import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.Finding;

/**
 * CD066 (315): a Verwijzer of Type 02, 03, 04 or 05 (huisarts, jeugdarts, gecertificeerde
 * instelling, medisch specialist) is identified: without a ZorgverlenerCode its Naam is mandatory.
 */
final class CD066 implements ContentRule<VerzoekOmToewijzing> {

    static final Set<String> MET_ZORGVERLENER = Set.of("02", "03", "04", "05");

    @Override
    public List<Finding> check(VerzoekOmToewijzing bericht) {
        return Producten315.perProduct(
                bericht,
                "CD066",
                p -> p.verwijzer() != null
                        && MET_ZORGVERLENER.contains(p.verwijzer().type())
                        && p.verwijzer().zorgverlenerCode() == null
                        && p.verwijzer().naam() == null,
                n -> "Verwijzer of AangevraagdProduct " + n + " needs a ZorgverlenerCode or a Naam");
    }
}
