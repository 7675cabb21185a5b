package nl.ketenhub.canonical;

/** Regular expressions for party codes, shared by entity annotations and the config loader. */
public final class Codes {

    /** CBS gemeentecode: four digits. */
    public static final String GEMEENTECODE = "[0-9]{4}";

    /** AGB code of an aanbieder: eight digits. */
    public static final String AGB_CODE = "[0-9]{8}";

    /** Either of the two. */
    public static final String PARTNER_CODE = "[0-9]{4}|[0-9]{8}";

    private Codes() {}
}
