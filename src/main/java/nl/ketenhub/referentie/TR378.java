package nl.ketenhub.referentie;

import java.time.LocalDate;
import java.util.Optional;
import nl.ketenhub.bericht.Finding;
import org.springframework.stereotype.Component;

/**
 * TR378 (level 4, retourcode S300): a gemeentecode must exist in the CBS gemeentelijke indeling
 * valid on the relevant date, so that the old code of a merged gemeente stays usable for
 * toewijzingen that started before the merger. Which date is relevant depends on the message:
 *
 * <ul>
 *   <li>301: the {@code Ingangsdatum} of each ToegewezenProduct (finding on {@code Header});
 *   <li>315: the {@code ToewijzingIngangsdatum} of each AangevraagdProduct;
 *   <li>305/307: the {@code ToewijzingIngangsdatum} of each product (it is the Ingangsdatum of the
 *       toewijzing the message is about, so the same code that was valid for the 301 stays valid);
 *   <li>other messages (317, 319, 323, 325 and the retours): the {@code Dagtekening}.
 * </ul>
 *
 * For a gemeentecode in the header the path is {@code "Header"} (IV028 §4.2 item 4: header-only
 * retour with this code).
 */
@Component
public final class TR378 {

    public static final String RULE = "TR378";
    public static final String RETOURCODE = "S300";

    private final GemeentecodeRegister register;

    public TR378(GemeentecodeRegister register) {
        this.register = register;
    }

    /** Empty when the code is valid on that day, or when code or day is missing (other rules see to that). */
    public Optional<Finding> check(String gemeentecode, LocalDate on, String path) {
        return check(register, gemeentecode, on, path);
    }

    public static Optional<Finding> check(
            GemeentecodeRegister register, String gemeentecode, LocalDate on, String path) {
        if (gemeentecode == null || on == null || register.isValid(gemeentecode, on)) {
            return Optional.empty();
        }
        String reason = register.isKnown(gemeentecode)
                ? " was not a gemeentecode on " + on + " (CBS gemeentelijke indeling)"
                : " is not in the CBS gemeentelijke indeling valid on " + on;
        return Optional.of(Finding.external(RULE, RETOURCODE, "Gemeentecode " + gemeentecode + reason, path));
    }
}
