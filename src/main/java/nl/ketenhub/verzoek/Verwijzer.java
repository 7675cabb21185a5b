package nl.ketenhub.verzoek;

/** {@code CDT_Verwijzer} of an AangevraagdProduct: Type (COD327), Naam and ZorgverlenerCode (both optional). */
record Verwijzer(String type, String naam, String zorgverlenerCode) {}
