package nl.ketenhub.toewijzing;

/** The parts of a {@code Relatie} the in-message rules look at (its key, its contact, its name). */
public record Relatie(String nummer, String soort, Contact contact, Naam naam) {}
