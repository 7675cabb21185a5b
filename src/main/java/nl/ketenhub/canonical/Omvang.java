package nl.ketenhub.canonical;

/** {@code CDT_Omvang}: Volume of Eenheid (WJ756) per Frequentie (WMO757). */
public record Omvang(long volume, String eenheid, String frequentie) {}
