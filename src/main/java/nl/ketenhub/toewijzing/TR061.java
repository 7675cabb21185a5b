package nl.ketenhub.toewijzing;

import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.Finding;

/** TR061: the client has at least one Contact with Soort 01, 02 or 03 (a home or postal address). */
final class TR061 implements Toewijzing301Rule {

    private static final Set<String> SOORTEN = Set.of("01", "02", "03");

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        boolean present = bericht.contacten().stream().anyMatch(c -> SOORTEN.contains(String.valueOf(c.soort())));
        if (present) {
            return List.of();
        }
        return List.of(Finding.content("TR061", "The client has no Contact with Soort 01, 02 or 03", "Client"));
    }
}
