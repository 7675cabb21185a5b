package nl.ketenhub.regie;

import java.util.List;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.toewijzing.Geboortedatum;

/** A 307 (WMO307 or JW307): the stop of delivery of one or more products for one client. */
public record Stopbericht(BerichtHeader header, String bsn, Geboortedatum geboortedatum, List<StopProduct> producten)
        implements Regiebericht {

    public Stopbericht {
        producten = List.copyOf(producten);
    }

    @Override
    public List<StopProduct> klassen() {
        return producten;
    }

    @Override
    public String klassePath(int index) {
        return productPath(index);
    }

    public static String productPath(int index) {
        return "Client/StopProducten/StopProduct[" + (index + 1) + "]";
    }
}
