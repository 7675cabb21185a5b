package nl.ketenhub.referentie;

import java.time.LocalDate;

/**
 * One period in which a CBS gemeentecode was in use.
 *
 * @param geldigVan first day, null when the code existed before the list's history begins
 * @param geldigTot last day, null while the code is in use
 */
public record Gemeentecode(String code, String naam, LocalDate geldigVan, LocalDate geldigTot) {

    public boolean isValidOn(LocalDate day) {
        return (geldigVan == null || !day.isBefore(geldigVan)) && (geldigTot == null || !day.isAfter(geldigTot));
    }

    boolean overlaps(Gemeentecode other) {
        return (geldigVan == null || other.geldigTot == null || !other.geldigTot.isBefore(geldigVan))
                && (geldigTot == null || other.geldigVan == null || !other.geldigVan.isAfter(geldigTot));
    }
}
