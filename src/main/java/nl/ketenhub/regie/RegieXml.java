package nl.ketenhub.regie;

import static nl.ketenhub.bericht.BerichtUnmarshaller.date;

import nl.ketenhub.canonical.Product;
import nl.ketenhub.toewijzing.Geboortedatum;
import nl.ketenhub.xml.ijw.basis.CDTGeboortedatum;
import nl.ketenhub.xml.ijw.basis.CDTProduct;

/** The conversions the 305 and 307 translators share. */
final class RegieXml {

    private RegieXml() {}

    static Geboortedatum geboortedatum(CDTGeboortedatum geboortedatum) {
        return geboortedatum == null
                ? null
                : new Geboortedatum(date(geboortedatum.getDatum()), geboortedatum.getDatumGebruik());
    }

    static Product product(CDTProduct product) {
        return product == null ? null : new Product(product.getCategorie(), product.getCode());
    }

    static Long nummer(Integer nummer) {
        return nummer == null ? null : nummer.longValue();
    }
}
