package nl.ketenhub.toewijzing;

/**
 * The parts of a {@code CDT_VolledigeNaam} the in-message rules look at.
 *
 * @param naamGebruik COD700 code
 * @param heeftPartnernaam a {@code Partnernaam} is present
 */
public record Naam(String naamGebruik, boolean heeftPartnernaam) {}
