package nl.ketenhub.verzoek;

import java.time.LocalDate;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;

/** A {@code NieuwProduct} of a 317; product null when absent (generic, with a Budget). */
record NieuwProduct(Product product, LocalDate gewensteIngangsdatum, LocalDate einddatum, Omvang omvang, Long budget) {}
