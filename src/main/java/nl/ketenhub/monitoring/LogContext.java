package nl.ketenhub.monitoring;

import java.util.UUID;
import org.slf4j.MDC;

/**
 * The correlation ids on every log line of one message's processing: the hub's message id
 * ({@code berichtId}) and the BerichtIdentificatie ({@code berichtIdentificatie}). Set by intake,
 * the pipeline and delivery, cleared when they finish; structured (JSON) logs carry them as fields.
 */
public final class LogContext {

    public static final String BERICHT_ID = "berichtId";
    public static final String IDENTIFICATIE = "berichtIdentificatie";

    private LogContext() {}

    /** Sets the ids of the message now being handled; a null identificatie leaves that key out. */
    public static void set(UUID berichtId, String identificatie) {
        MDC.put(BERICHT_ID, berichtId.toString());
        if (identificatie == null) {
            MDC.remove(IDENTIFICATIE);
        } else {
            MDC.put(IDENTIFICATIE, identificatie);
        }
    }

    public static void clear() {
        MDC.remove(BERICHT_ID);
        MDC.remove(IDENTIFICATIE);
    }
}
