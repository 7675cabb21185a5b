package nl.ketenhub.toewijzing;

import java.time.LocalDate;

/**
 * The parts of a {@code Contact} the in-message rules look at.
 *
 * @param soort COD757 Soort adres
 * @param heeftTelefoon a {@code Telefoon} is present
 * @param heeftHuisEnPostcode {@code Adres/Huis} and {@code Adres/Postcode} are both present
 * @param landCode {@code Adres/LandCode} or null
 * @param postcode {@code Adres/Postcode} or null
 * @param periodeBegin {@code Periode/Begindatum} or null
 * @param periodeEind {@code Periode/Einddatum} or null
 * @param heeftPeriode a {@code Periode} element is present
 * @param heeftHuis {@code Adres/Huis} is present
 */
public record Contact(
        String soort,
        boolean heeftTelefoon,
        boolean heeftHuisEnPostcode,
        String landCode,
        String postcode,
        LocalDate periodeBegin,
        LocalDate periodeEind,
        boolean heeftPeriode,
        boolean heeftHuis) {}
