package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD068 (315): ZorgverlenerCode stays empty unless the Verwijzer's Type is 02, 03, 04 or 05. */
final class CD068 implements ContentRule<VerzoekOmToewijzing> {

    @Override
    public List<Finding> check(VerzoekOmToewijzing bericht) {
        return Producten315.perProduct(
                bericht,
                "CD068",
                p -> p.verwijzer() != null
                        && p.verwijzer().zorgverlenerCode() != null
                        && !CD066.MET_ZORGVERLENER.contains(p.verwijzer().type()),
                n -> "Verwijzer of AangevraagdProduct " + n + " has a ZorgverlenerCode, which its Type does not allow");
    }
}
