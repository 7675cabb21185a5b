package nl.ketenhub.monitoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ketenhub.canonical.Elfproef;

/**
 * Masks every free-standing 9-digit number (not part of a longer number or of a word such as a
 * UUID) that passes the 11-proef, so could be a BSN, in a text
 * meant for a log line or a stored failure reason. The last line of defence: code never logs a BSN
 * on purpose.
 */
public final class BsnMask {

    static final String MASK = "*********";
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![0-9A-Za-z])[0-9]{9}(?![0-9A-Za-z])");

    private BsnMask() {}

    public static String mask(String text) {
        if (text == null || text.length() < 9) {
            return text;
        }
        Matcher matcher = NINE_DIGITS.matcher(text);
        StringBuilder masked = null;
        int last = 0;
        while (matcher.find()) {
            if (Elfproef.isValid(matcher.group())) {
                masked = masked == null ? new StringBuilder(text.length()) : masked;
                masked.append(text, last, matcher.start()).append(MASK);
                last = matcher.end();
            }
        }
        return masked == null ? text : masked.append(text, last, text.length()).toString();
    }

    /** Whether the text holds a 9-digit number that passes the 11-proef. */
    public static boolean containsBsn(String text) {
        return !mask(text).equals(text);
    }
}
