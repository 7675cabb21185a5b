package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Elfproef;

/** CS002 (315, 317): the client's BSN passes the 11-proef (the hub also refuses 000000000). */
final class CS002 implements ContentRule<Verzoekbericht> {

    @Override
    public List<Finding> check(Verzoekbericht bericht) {
        if (Elfproef.isValid(bericht.bsn())) {
            return List.of();
        }
        return List.of(Finding.content("CS002", "Bsn of the client fails the 11-proef", "Client"));
    }
}
