package nl.ketenhub.referentie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Product;
import org.springframework.stereotype.Component;

/**
 * TR381 (level 4, retourcode S329): a ProductCode must belong to its ProductCategorie in the product
 * code list in use: the gemeente's own list, or the national one (see {@link ProductcodeRegister}).
 * Generic (no Product) and aspecific (no code) products have nothing to check. The gemeente is the
 * party whose list applies: the Afzender of a 301/319/325, the Ontvanger of a 305/307/315/317/323.
 */
@Component
public final class TR381 {

    public static final String RULE = "TR381";
    public static final String RETOURCODE = "S329";

    private final ProductcodeRegister register;

    public TR381(ProductcodeRegister register) {
        this.register = register;
    }

    public Optional<Finding> check(String gemeente, Standaard wet, Product product, String path) {
        return check(register, gemeente, wet, product, path);
    }

    public static Optional<Finding> check(
            ProductcodeRegister register, String gemeente, Standaard wet, Product product, String path) {
        if (product == null
                || product.code() == null
                || register.belongsTo(gemeente, wet, product.categorie(), product.code())) {
            return Optional.empty();
        }
        String list = register.hasOwnList(gemeente, wet)
                ? "the product code list of gemeente " + gemeente
                : "the national product code list";
        return Optional.of(Finding.external(
                RULE,
                RETOURCODE,
                "ProductCode " + product.code() + " does not belong to ProductCategorie " + product.categorie() + " in "
                        + list,
                path));
    }
}
