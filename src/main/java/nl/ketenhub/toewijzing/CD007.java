package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD007: Communicatie/Taal is mandatory when Communicatie/Vorm is 1 (tolk taal). */
final class CD007 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        Communicatie communicatie = bericht.communicatie();
        if (communicatie != null && "1".equals(communicatie.vorm()) && communicatie.taal() == null) {
            return List.of(Finding.content("CD007", "Communicatie Vorm 1 (tolk taal) without a Taal", "Client"));
        }
        return List.of();
    }
}
