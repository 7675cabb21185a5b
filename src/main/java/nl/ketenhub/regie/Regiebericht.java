package nl.ketenhub.regie;

import java.util.List;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.toewijzing.Geboortedatum;

/** A 305 or 307 in the hub's canonical form: one client and its start or stop classes. */
public sealed interface Regiebericht permits Startbericht, Stopbericht {

    BerichtHeader header();

    String bsn();

    Geboortedatum geboortedatum();

    /** The StartProducts or StopProducts, in message order. */
    List<? extends RegieKlasse> klassen();

    /** Path of the n-th (0-based) class, as used in {@link nl.ketenhub.bericht.Finding#path()}. */
    String klassePath(int index);

    /** The gemeente the message is addressed to. */
    default String gemeente() {
        return header().ontvanger();
    }

    /** The aanbieder that sends it. */
    default String aanbieder() {
        return header().afzender();
    }
}
