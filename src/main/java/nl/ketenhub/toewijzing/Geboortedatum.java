package nl.ketenhub.toewijzing;

import java.time.LocalDate;

/** {@code CDT_Geboortedatum}; datumGebruik (COD170) is null when the date is fully known. */
public record Geboortedatum(LocalDate datum, String datumGebruik) {}
