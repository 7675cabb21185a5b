package nl.ketenhub.format;

/**
 * The extension point for the language a partner speaks (partners.yaml {@code format}). A format
 * turns one message the partner sends into one standard iWmo/iJw 3.2 XML message before intake, and
 * one standard message the hub sends (forwarded message, retour, rejection document) into the
 * partner's form before delivery. Register an implementation as a Spring bean; {@link Formats}
 * selects it by {@link #name()}. A partner whose format has no bean speaks the standard XML.
 */
public interface MessageFormat {

    /** The name in partners.yaml, upper case: {@code XML}, {@code JSON}. */
    String name();

    /** The media type of what this format produces, for HTTP pushes ({@code application/json}). */
    String mediaType();

    /** The file extension of a delivered file, without the dot. */
    String fileExtension();

    /**
     * The standard message for what a partner sent.
     *
     * @throws UntranslatableException when the payload is not a message in this format; its message
     *     names what is wrong and is shown to the partner
     */
    byte[] toStandard(byte[] payload);

    /** The partner's form of a standard message or of the hub's rejection document. */
    byte[] fromStandard(byte[] xml);

    /**
     * A message as delivered: the body with its media type and file extension. A format that has a
     * form for some message types only (CSV) delivers the others as the standard XML and says so
     * here; by default every message gets this format's form.
     */
    default Rendered render(byte[] xml) {
        return new Rendered(fromStandard(xml), mediaType(), fileExtension());
    }

    /** A delivered body, its media type and the extension of its file name (without the dot). */
    record Rendered(byte[] body, String mediaType, String fileExtension) {}
}
