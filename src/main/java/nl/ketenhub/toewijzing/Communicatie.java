package nl.ketenhub.toewijzing;

/** {@code CDT_Communicatie}: COD747 Vorm and, for an interpreter (1), the Taal. */
public record Communicatie(String vorm, String taal) {}
