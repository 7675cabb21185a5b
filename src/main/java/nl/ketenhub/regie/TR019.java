package nl.ketenhub.regie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.regie.RegieContext.BekendeToewijzing;

/**
 * TR019 (9019): a start or stop with a ToewijzingNummer (inspanningsgericht, outputgericht) refers to
 * a toewijzing of this gemeente for this client at this aanbieder, which the hub delivered to the
 * aanbieder and which the aanbieder did not reject and the gemeente did not delete (OP095: the
 * aanbieder can see all of that). Taakgericht classes without ToewijzingNummer have no toewijzing
 * and pass; so do deletions, which remove a class the hub accepted earlier.
 */
final class TR019 {

    Optional<Finding> check(RegieContext context, Regiebericht bericht, RegieKlasse klasse, String path) {
        if (!klasse.isAanlevering() || klasse.toewijzingNummer() == null) {
            return Optional.empty();
        }
        String reden = reden(context, bericht, context.toewijzingen().get(klasse.toewijzingNummer()));
        if (reden == null) {
            return Optional.empty();
        }
        return Optional.of(Finding.crossMessage(
                "TR019", "9019", "ToewijzingNummer " + klasse.toewijzingNummer() + " " + reden, path));
    }

    private static String reden(RegieContext context, Regiebericht bericht, BekendeToewijzing toewijzing) {
        if (toewijzing == null) {
            return "is not a toewijzing of gemeente " + bericht.gemeente();
        }
        if (context.clientId() == null || !context.clientId().equals(toewijzing.clientId())) {
            return "belongs to another client";
        }
        if (!bericht.aanbieder().equals(toewijzing.aanbieder())) {
            return "was assigned to another aanbieder";
        }
        if (!toewijzing.afgeleverd()) {
            return "was not delivered to aanbieder " + bericht.aanbieder() + " (or it rejected the toewijzing)";
        }
        if (toewijzing.verwijderd()) {
            return "was deleted by the gemeente";
        }
        return null;
    }
}
