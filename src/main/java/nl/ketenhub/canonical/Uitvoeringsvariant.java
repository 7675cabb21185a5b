package nl.ketenhub.canonical;

/** How a contracted product is financed and assigned (OP261): decides how a toewijzing fills Omvang/Budget. */
public enum Uitvoeringsvariant {
    INSPANNINGSGERICHT,
    OUTPUTGERICHT,
    TAAKGERICHT
}
