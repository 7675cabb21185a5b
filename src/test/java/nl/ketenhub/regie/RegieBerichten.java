package nl.ketenhub.regie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * JW305/JW307 from aanbieder 42420001 to gemeente 0384 with one StartProduct/StopProduct (55A11 on a
 * toewijzing that starts 2026-04-01), filled in from the templates in src/test/resources/regie.
 */
public final class RegieBerichten {

    /** A message ready to post, with its Identificatie to find its answers by. */
    public record Message(String id, String xml) {}

    private RegieBerichten() {}

    public static Message start(String bsn, long nummer, String begindatum, String status, String dagtekening) {
        String id = id();
        return new Message(
                id,
                template("jw305.xml")
                        .replace("{id}", id)
                        .replace("{dagtekening}", dagtekening)
                        .replace("{bsn}", bsn)
                        .replace("{nummer}", Long.toString(nummer))
                        .replace("{begindatum}", begindatum)
                        .replace("{status}", status));
    }

    public static Message stop(
            String bsn, long nummer, String begindatum, String reden, String einddatum, String dagtekening) {
        String id = id();
        return new Message(
                id,
                template("jw307.xml")
                        .replace("{id}", id)
                        .replace("{dagtekening}", dagtekening)
                        .replace("{bsn}", bsn)
                        .replace("{nummer}", Long.toString(nummer))
                        .replace("{begindatum}", begindatum)
                        .replace("{reden}", reden)
                        .replace("{einddatum}", einddatum));
    }

    /** 12 characters at most (LDT_Identificatie), unique per run. */
    private static String id() {
        return "RG"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    private static String template(String name) {
        try (InputStream in = RegieBerichten.class.getResourceAsStream("/regie/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
