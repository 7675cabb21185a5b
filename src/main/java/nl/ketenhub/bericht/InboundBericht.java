package nl.ketenhub.bericht;

import java.util.UUID;
import org.w3c.dom.Document;

/**
 * A message that passed intake (levels 1 and sender checks) and is being processed.
 *
 * @param id the message-log id
 * @param partner the authenticated partner that sent it
 * @param document the parsed message (namespace aware)
 * @param payload the bytes exactly as received, forwarded unchanged when accepted
 */
public record InboundBericht(
        UUID id, String partner, BerichtType type, BerichtHeader header, Document document, byte[] payload) {

    /** The party that receives this message: the Ontvanger of a heenbericht, the Afzender for a retour. */
    public String receiver() {
        return type.isRetour() ? header.afzender() : header.ontvanger();
    }
}
