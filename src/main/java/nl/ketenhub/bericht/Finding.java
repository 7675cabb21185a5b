package nl.ketenhub.bericht;

import java.util.Objects;

/**
 * One rule that a message broke.
 *
 * @param rule the rule code as the standard writes it ({@code CS002}, {@code TR332}) or the hub's
 *     own code ({@code HUB-CONTRACT})
 * @param retourCode the retourcode for the retour message ({@code 0001}, {@code 9332}); null when
 *     the standard has none (level 1, hub policy)
 * @param level the control level
 * @param message what is wrong, in words an operator understands; never contains a BSN or another
 *     quoted value of the message ({@link Redaction})
 * @param path the class in error as a path of local element names below the root, with 1-based
 *     positions: {@code Header}, {@code Client}, {@code Client/ToegewezenProducten/ToegewezenProduct[2]}
 */
public record Finding(String rule, String retourCode, Level level, String message, String path) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(path, "path");
        message = Redaction.redact(message);
    }

    /** A level 2 (in-message) fault: always retourcode 0001 on the header. */
    public static Finding content(String rule, String message, String path) {
        return new Finding(rule, "0001", Level.CONTENT, message, path);
    }

    public static Finding crossMessage(String rule, String retourCode, String message, String path) {
        return new Finding(rule, retourCode, Level.CROSS_MESSAGE, message, path);
    }

    public static Finding external(String rule, String retourCode, String message, String path) {
        return new Finding(rule, retourCode, Level.EXTERNAL, message, path);
    }

    public static Finding format(String rule, String message) {
        return new Finding(rule, null, Level.FORMAT, message, "");
    }

    public static Finding policy(String rule, String message, String path) {
        return new Finding(rule, null, Level.POLICY, message, path);
    }
}
