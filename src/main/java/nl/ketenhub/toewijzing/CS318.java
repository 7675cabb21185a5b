package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CS318: the client's NaamGebruik is never 6 (niet-natuurlijk persoon). */
final class CS318 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        if (bericht.naam() != null && "6".equals(bericht.naam().naamGebruik())) {
            return List.of(Finding.content("CS318", "NaamGebruik 6 is not allowed for the client", "Client"));
        }
        return List.of();
    }
}
