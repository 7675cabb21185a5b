package nl.ketenhub.bericht;

import java.time.LocalDate;

/**
 * Elements 1-7 of every iWmo/iJw header (2.2). For a retour, Afzender and Ontvanger are those of
 * the heenbericht it answers.
 */
public record BerichtHeader(
        BerichtType type,
        String afzender,
        String ontvanger,
        String identificatie,
        LocalDate dagtekening,
        String basisschemaXsdVersie,
        String berichtXsdVersie) {}
