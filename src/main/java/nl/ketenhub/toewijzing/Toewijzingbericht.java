package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.BerichtHeader;

/**
 * A 301 (WMO301 or JW301) in the hub's canonical form: what the rules, the canonical data set and
 * the translators share. Produced by {@code Wmo301Translator} and {@code Jw301Translator}.
 *
 * @param contacten the client's {@code Contactgegevens/Contact}s, in message order
 * @param relaties the client's {@code Relaties/Relatie}s, in message order
 * @param producten the {@code ToegewezenProducten/ToegewezenProduct}s, in message order
 * @param naam the client's {@code Naam}
 * @param communicatie the client's {@code Communicatie}, or null
 */
public record Toewijzingbericht(
        BerichtHeader header,
        String bsn,
        Geboortedatum geboortedatum,
        List<Contact> contacten,
        List<Relatie> relaties,
        List<ToegewezenProduct> producten,
        Naam naam,
        Communicatie communicatie) {

    public Toewijzingbericht {
        contacten = List.copyOf(contacten);
        relaties = List.copyOf(relaties);
        producten = List.copyOf(producten);
    }

    /** Path of the n-th (0-based) product, as used in {@link nl.ketenhub.bericht.Finding#path()}. */
    public static String productPath(int index) {
        return "Client/ToegewezenProducten/ToegewezenProduct[" + (index + 1) + "]";
    }

    /** Path of the n-th (0-based) contact of the client. */
    public static String contactPath(int index) {
        return "Client/Contactgegevens/Contact[" + (index + 1) + "]";
    }

    /** Path of the n-th (0-based) relatie of the client. */
    public static String relatiePath(int index) {
        return "Client/Relaties/Relatie[" + (index + 1) + "]";
    }
}
