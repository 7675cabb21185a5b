package nl.ketenhub.verzoek;

import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;
import nl.ketenhub.xml.ijw.basis.CDTOmvang;
import nl.ketenhub.xml.ijw.basis.CDTProduct;

/** Basis types shared by the 315 and 317 translators. */
final class Translation {

    private Translation() {}

    static Product product(CDTProduct product) {
        return product == null ? null : new Product(product.getCategorie(), product.getCode());
    }

    static Omvang omvang(CDTOmvang omvang) {
        return omvang == null ? null : new Omvang(omvang.getVolume(), omvang.getEenheid(), omvang.getFrequentie());
    }
}
