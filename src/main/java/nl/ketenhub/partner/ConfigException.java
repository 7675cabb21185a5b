package nl.ketenhub.partner;

import java.util.List;

/** An invalid partner or contract file; the message names the file, the line and every problem. */
public class ConfigException extends IllegalStateException {

    ConfigException(List<String> problems) {
        super(
                problems.size() == 1
                        ? "Invalid configuration: " + problems.get(0)
                        : "Invalid configuration (" + problems.size() + " problems):\n  "
                                + String.join("\n  ", problems));
    }
}
