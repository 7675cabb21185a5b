package nl.ketenhub.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The meaning of every retourcode in plain Dutch (classpath spreadsheet/retourcodes.properties). */
final class Retourcodes {

    private static final Properties TEXTS = load();

    private Retourcodes() {}

    /** The text of a code; the code itself when the table does not know it. */
    static String meaning(String code) {
        return TEXTS.getProperty(code, "retourcode " + code);
    }

    static boolean known(String code) {
        return TEXTS.containsKey(code);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Retourcodes.class.getResourceAsStream("/spreadsheet/retourcodes.properties")) {
            if (in == null) {
                throw new IllegalStateException("spreadsheet/retourcodes.properties is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
