package nl.ketenhub.verzoek;

import java.time.LocalDate;
import nl.ketenhub.canonical.Omvang;

/** A {@code TeWijzigenProduct} of a 317: the desired new content of a current toewijzing. */
record TeWijzigenProduct(
        long toewijzingNummer, LocalDate gewensteIngangsdatum, LocalDate einddatum, Omvang omvang, Long budget) {}
