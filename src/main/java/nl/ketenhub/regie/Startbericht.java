package nl.ketenhub.regie;

import java.util.List;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.toewijzing.Geboortedatum;

/** A 305 (WMO305 or JW305): the start of delivery of one or more products for one client. */
public record Startbericht(BerichtHeader header, String bsn, Geboortedatum geboortedatum, List<StartProduct> producten)
        implements Regiebericht {

    public Startbericht {
        producten = List.copyOf(producten);
    }

    @Override
    public List<StartProduct> klassen() {
        return producten;
    }

    @Override
    public String klassePath(int index) {
        return productPath(index);
    }

    public static String productPath(int index) {
        return "Client/StartProducten/StartProduct[" + (index + 1) + "]";
    }
}
