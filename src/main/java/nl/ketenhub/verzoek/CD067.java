package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * CD067 (315): a Verwijzer identified by its ZorgverlenerCode has no Naam (either the code or the
 * name, §3.10 of the domain reference).
 */
final class CD067 implements ContentRule<VerzoekOmToewijzing> {

    @Override
    public List<Finding> check(VerzoekOmToewijzing bericht) {
        return Producten315.perProduct(
                bericht,
                "CD067",
                p -> p.verwijzer() != null
                        && p.verwijzer().zorgverlenerCode() != null
                        && p.verwijzer().naam() != null,
                n -> "Verwijzer of AangevraagdProduct " + n + " has a ZorgverlenerCode, so Naam must be empty");
    }
}
