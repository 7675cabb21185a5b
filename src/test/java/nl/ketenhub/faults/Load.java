package nl.ketenhub.faults;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated load for the fault tests and the benchmark: the published JW301 turned into a new,
 * valid one-product toewijzing per message (gemeente 0384 to aanbieder 42420001). Message n goes to
 * client n modulo {@link #CLIENTS} for the month n / {@link #CLIENTS} of 2026-2027, so no two
 * toewijzingen of a client overlap (TR302, the hub's stacking policy) and every one lies within the
 * demo contract.
 */
public final class Load {

    /** Distinct test BSNs used (the 9999xxxxx range holds about 9,000 that pass the 11-proef). */
    public static final int CLIENTS = 4000;

    private static final List<String> BSNS = new ArrayList<>();

    private Load() {}

    /** Message n; a faulty one fails the 11-proef (CS002). */
    public static String toewijzing(String jw301, String identificatie, int n, boolean faulty) {
        YearMonth month = YearMonth.of(2026, 1).plusMonths((n / CLIENTS) % 24);
        LocalDate begin = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        String xml = jw301.replaceFirst("<ijw:Identificatie>[^<]*<", "<ijw:Identificatie>" + identificatie + "<")
                .replace("999900006", faulty ? "999900007" : bsn(n % CLIENTS))
                .replaceAll("<jw301:ReferentieAanbieder>[^<]*</jw301:ReferentieAanbieder>", "")
                .replace(">300201<", ">" + (100_000_000 + n) + "<")
                .replaceFirst("<jw301:Ingangsdatum>[^<]*<", "<jw301:Ingangsdatum>" + begin + "<")
                .replaceFirst("<jw301:Einddatum>[^<]*<", "<jw301:Einddatum>" + end + "<")
                .replaceFirst("<jw301:Toewijzingsdatum>[^<]*<", "<jw301:Toewijzingsdatum>2026-01-01<");
        int second = xml.indexOf("<jw301:ToegewezenProduct>", xml.indexOf("<jw301:ToegewezenProduct>") + 1);
        int close = xml.indexOf("</jw301:ToegewezenProduct>", second) + "</jw301:ToegewezenProduct>".length();
        return xml.substring(0, second) + xml.substring(close);
    }

    /** The n-th test BSN of the 9999xxxxx range that passes the 11-proef. */
    public static synchronized String bsn(int n) {
        long candidate = BSNS.isEmpty()
                ? 99990000L
                : Long.parseLong(BSNS.get(BSNS.size() - 1).substring(0, 8)) + 1;
        while (BSNS.size() <= n) {
            String first8 = Long.toString(candidate++);
            int sum = 0;
            for (int d = 0; d < 8; d++) {
                sum += (9 - d) * (first8.charAt(d) - '0');
            }
            if (sum % 11 < 10) {
                BSNS.add(first8 + (sum % 11));
            }
        }
        return BSNS.get(n);
    }
}
