package nl.ketenhub.regie;

import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Elfproef;

/** CS002: the client's BSN passes the 11-proef (and is not all zeros, hub policy). */
final class CS002 implements RegieRule {

    @Override
    public List<Finding> check(Regiebericht bericht) {
        if (Elfproef.isValid(bericht.bsn())) {
            return List.of();
        }
        return List.of(Finding.content("CS002", "Bsn of the client fails the 11-proef", "Client"));
    }
}
