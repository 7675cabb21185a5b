package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD043 (315): BeschikkingIngangsdatum is filled if and only if BeschikkingNummer is filled. */
final class CD043 implements ContentRule<VerzoekOmToewijzing> {

    @Override
    public List<Finding> check(VerzoekOmToewijzing bericht) {
        return Producten315.perProduct(
                bericht,
                "CD043",
                p -> (p.beschikkingNummer() == null) != (p.beschikkingIngangsdatum() == null),
                n -> "AangevraagdProduct " + n
                        + " has BeschikkingNummer and BeschikkingIngangsdatum not both or neither");
    }
}
