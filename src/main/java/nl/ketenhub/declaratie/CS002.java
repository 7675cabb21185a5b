package nl.ketenhub.declaratie;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Elfproef;

/** CS002: every client's BSN passes the 11-proef. */
final class CS002 implements DeclaratieRule {

    @Override
    public List<Finding> check(Declaratiebericht bericht) {
        List<Finding> findings = new ArrayList<>();
        for (int c = 0; c < bericht.clienten().size(); c++) {
            if (!Elfproef.isValid(bericht.clienten().get(c).bsn())) {
                findings.add(Finding.content(
                        "CS002", "Bsn of the client fails the 11-proef", Declaratiebericht.clientPath(c)));
            }
        }
        return findings;
    }
}
