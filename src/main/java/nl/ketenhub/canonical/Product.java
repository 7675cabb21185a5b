package nl.ketenhub.canonical;

/**
 * {@code CDT_Product}: a category and, for a specific product, a code. A generic toewijzing has no
 * Product at all (null), never a Product without category.
 */
public record Product(String categorie, String code) {

    public boolean isSpecifiek() {
        return code != null;
    }
}
