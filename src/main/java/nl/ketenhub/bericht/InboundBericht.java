package nl.ketenhub.bericht;

import java.util.UUID;
import java.util.function.Supplier;
import org.w3c.dom.Document;

/**
 * A message that passed intake (levels 1 and sender checks) and is being processed.
 *
 * @param id the message-log id
 * @param partner the authenticated partner that sent it
 * @param parsed the parsed message (namespace aware), asked for only by what needs a DOM (a retour
 *     built from the message, a reduced forward): the translators bind the payload directly
 * @param payload the bytes exactly as received, forwarded unchanged when accepted
 */
public record InboundBericht(
        UUID id, String partner, BerichtType type, BerichtHeader header, Supplier<Document> parsed, byte[] payload) {

    /** A message whose DOM is at hand already. */
    public InboundBericht(
            UUID id, String partner, BerichtType type, BerichtHeader header, Document document, byte[] payload) {
        this(id, partner, type, header, () -> document, payload);
    }

    /** A message whose DOM is parsed from its payload the first time it is asked for, then kept. */
    static InboundBericht parsedOnDemand(
            UUID id, String partner, BerichtHeader header, byte[] payload, AcceptedReader reader) {
        Document[] document = new Document[1];
        return new InboundBericht(
                id,
                partner,
                header.type(),
                header,
                () -> {
                    if (document[0] == null) {
                        document[0] = reader.document(payload);
                    }
                    return document[0];
                },
                payload);
    }

    /** The parsed message (namespace aware). */
    public Document document() {
        return parsed.get();
    }

    /** The party that receives this message: the Ontvanger of a heenbericht, the Afzender for a retour. */
    public String receiver() {
        return type.isRetour() ? header.afzender() : header.ontvanger();
    }
}
