package nl.ketenhub.bericht;

/** The two iStandaarden the hub speaks, release 3.2. */
public enum Standaard {
    IWMO("iwmo", "wmo", "WMO", "Wmo"),
    IJW("ijw", "jw", "JW", "Jeugdwet");

    private final String folder;
    private final String messagePrefix;
    private final String codePrefix;
    private final String wet;

    Standaard(String folder, String messagePrefix, String codePrefix, String wet) {
        this.folder = folder;
        this.messagePrefix = messagePrefix;
        this.codePrefix = codePrefix;
        this.wet = wet;
    }

    /** Folder under {@code schemas/} and the namespace segment, e.g. {@code ijw}. */
    public String folder() {
        return folder;
    }

    /** Prefix of the message schema name, e.g. {@code jw} in {@code jw301}. */
    public String messagePrefix() {
        return messagePrefix;
    }

    /** Prefix of the message name as the standard writes it, e.g. {@code JW} in {@code JW301}. */
    public String codePrefix() {
        return codePrefix;
    }

    /** The law the standard serves: {@code Wmo} or {@code Jeugdwet}. */
    public String wet() {
        return wet;
    }

    public String basisschemaNamespace() {
        return "http://www.istandaarden.nl/" + folder + "/3_2/basisschema/schema";
    }
}
