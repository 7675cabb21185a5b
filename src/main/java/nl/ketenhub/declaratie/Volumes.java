package nl.ketenhub.declaratie;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import nl.ketenhub.canonical.Omvang;

/**
 * The volume arithmetic of IV076-IV078 (§3.8) behind TR321 and TR322: how much of an Omvang may be
 * claimed in one product period and over the whole toewijzing. Results are in the Eenheid of the
 * Omvang; {@link #inEenheid} converts hours to minutes (an assignment in hours may be claimed in
 * minutes).
 */
final class Volumes {

    static final String MINUUT = "01";
    static final String UUR = "04";
    static final String PER_DAG = "1";
    static final String PER_WEEK = "2";
    static final String PER_MAAND = "4";
    static final String TOTAAL = "6";

    private Volumes() {}

    /** Output units: 82 stuks (output) and 83 euro's. */
    static boolean isOutput(String eenheid) {
        return "82".equals(eenheid) || "83".equals(eenheid);
    }

    /** A volume in Eenheid {@code van} expressed in Eenheid {@code naar}; null when they do not convert. */
    static Long inEenheid(long volume, String van, String naar) {
        if (van.equals(naar)) {
            return volume;
        }
        if (UUR.equals(van) && MINUUT.equals(naar)) {
            return volume * 60;
        }
        return null;
    }

    /**
     * TR321: the maximum for one product period [begin, eind] (within one month).
     *
     * @param hbh iWmo category 01 (Hulp bij het huishouden): per week is always 6 x the weekly volume
     * @param toewijzingEinde the toewijzing's Einddatum (null when open-ended), for the output Sunday rule
     */
    static long maxPerPeriode(Omvang omvang, LocalDate begin, LocalDate eind, boolean hbh, LocalDate toewijzingEinde) {
        long volume = omvang.volume();
        return switch (omvang.frequentie()) {
            case PER_DAG -> days(begin, eind) * volume;
            case PER_WEEK -> {
                if (isOutput(omvang.eenheid())) {
                    yield (sundays(begin, eind) + extraOutputWeek(begin, eind, toewijzingEinde)) * volume;
                }
                yield hbh ? 6 * volume : isoWeeks(begin, eind) * volume;
            }
            case PER_MAAND, TOTAAL -> volume;
            default -> Long.MAX_VALUE;
        };
    }

    /**
     * TR322: the total over the whole toewijzing [ingang, einde]; null when it has no bound (a per
     * day/week/month Omvang of an open-ended toewijzing).
     */
    static Long totaal(Omvang omvang, LocalDate ingang, LocalDate einde) {
        long volume = omvang.volume();
        if (TOTAAL.equals(omvang.frequentie())) {
            return volume;
        }
        if (einde == null) {
            return null;
        }
        return switch (omvang.frequentie()) {
            case PER_DAG -> days(ingang, einde) * volume;
            case PER_WEEK -> isOutput(omvang.eenheid())
                    ? (sundays(ingang, einde) + (einde.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : 1)) * volume
                    : isoWeeks(ingang, einde) * volume;
            case PER_MAAND -> months(ingang, einde) * volume;
            default -> null;
        };
    }

    static long days(LocalDate begin, LocalDate eind) {
        return ChronoUnit.DAYS.between(begin, eind) + 1;
    }

    /** ISO calendar weeks (Monday-Sunday) that the period touches, partial weeks included. */
    static long isoWeeks(LocalDate begin, LocalDate eind) {
        LocalDate firstMonday = begin.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonday = eind.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return ChronoUnit.WEEKS.between(firstMonday, lastMonday) + 1;
    }

    static long sundays(LocalDate begin, LocalDate eind) {
        LocalDate first = begin.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        if (first.isAfter(eind)) {
            return 0;
        }
        return ChronoUnit.WEEKS.between(first, eind) + 1;
    }

    static long months(LocalDate begin, LocalDate eind) {
        return ChronoUnit.MONTHS.between(YearMonth.from(begin), YearMonth.from(eind)) + 1;
    }

    /** Output per week: one extra week in the period holding the toewijzing's last Sunday, when it does not end on a Sunday. */
    private static long extraOutputWeek(LocalDate begin, LocalDate eind, LocalDate toewijzingEinde) {
        if (toewijzingEinde == null || toewijzingEinde.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return 0;
        }
        LocalDate lastSunday = toewijzingEinde.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        return lastSunday.isBefore(begin) || lastSunday.isAfter(eind) ? 0 : 1;
    }
}
