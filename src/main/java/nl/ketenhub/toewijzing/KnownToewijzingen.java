package nl.ketenhub.toewijzing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.ketenhub.canonical.Toewijzing;

/**
 * The toewijzingen the canonical data set already holds for the ToewijzingNummers of one 301,
 * read once ({@link ToewijzingStore#known}) and used by TR332 and then by the storing of the
 * accepted 301: the look-up was one query per product for each of them. Nothing between the two
 * creates a toewijzing, and the store adds the ones it creates ({@link #add}), so a number that
 * comes twice in one 301 finds the toewijzing its first product made.
 */
final class KnownToewijzingen {

    private final Map<Long, Toewijzing> byNummer = new HashMap<>();

    /** The toewijzing with this ToewijzingNummer; empty when the hub does not know the number. */
    Optional<Toewijzing> find(long toewijzingNummer) {
        return Optional.ofNullable(byNummer.get(toewijzingNummer));
    }

    void add(Toewijzing toewijzing) {
        byNummer.put(toewijzing.getToewijzingnummer(), toewijzing);
    }
}
