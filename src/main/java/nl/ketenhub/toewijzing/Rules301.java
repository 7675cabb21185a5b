package nl.ketenhub.toewijzing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.ketenhub.bericht.Finding;

/** Small helpers the 301 rules share. */
final class Rules301 {

    /** CD080 and CS338 only apply to toewijzingen that run after this day. */
    static final LocalDate LAST_DAY_OF_2020 = LocalDate.of(2020, 12, 31);

    private Rules301() {}

    /** A contact with the path of its class: the client's contacts and the contact of each relatie. */
    record ContactAt(String path, Contact contact) {}

    static List<ContactAt> allContacts(Toewijzingbericht bericht) {
        List<ContactAt> all = new ArrayList<>();
        for (int i = 0; i < bericht.contacten().size(); i++) {
            all.add(new ContactAt(
                    Toewijzingbericht.contactPath(i), bericht.contacten().get(i)));
        }
        for (int i = 0; i < bericht.relaties().size(); i++) {
            Contact contact = bericht.relaties().get(i).contact();
            if (contact != null) {
                all.add(new ContactAt(Toewijzingbericht.relatiePath(i) + "/Contact", contact));
            }
        }
        return all;
    }

    /** One content finding for every product that shows the fault. */
    static List<Finding> perProduct(
            Toewijzingbericht bericht,
            String rule,
            Predicate<ToegewezenProduct> fault,
            Function<ToegewezenProduct, String> message) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < bericht.producten().size(); i++) {
            ToegewezenProduct product = bericht.producten().get(i);
            if (fault.test(product)) {
                findings.add(Finding.content(rule, message.apply(product), Toewijzingbericht.productPath(i)));
            }
        }
        return findings;
    }

    /** Einddatum after 2020-12-31 or open-ended. */
    static boolean runsAfter2020(ToegewezenProduct product) {
        return product.einddatum() == null || product.einddatum().isAfter(LAST_DAY_OF_2020);
    }

    static String describe(ToegewezenProduct product) {
        return "ToegewezenProduct " + product.toewijzingNummer();
    }

    static boolean hasCode(ToegewezenProduct product) {
        return product.product() != null && product.product().code() != null;
    }

    static String frequentie(ToegewezenProduct product) {
        return product.omvang() == null ? null : product.omvang().frequentie();
    }

    static String eenheid(ToegewezenProduct product) {
        return product.omvang() == null ? null : product.omvang().eenheid();
    }
}
