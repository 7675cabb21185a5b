package nl.ketenhub.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.ketenhub.canonical.Omvang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The IV076-IV078 arithmetic over every Eenheid x Frequentie combination, with a volume of 3.
 * April 2026 (Wed 1 - Thu 30): 30 days, 5 ISO weeks, 4 Sundays. The partial period Fri 10 - Mon 20
 * April: 11 days, 3 ISO weeks, 2 Sundays. The toewijzing 2026-01-01 (Thu) - 2026-03-31 (Tue): 90
 * days, 14 ISO weeks, 13 Sundays, 3 months.
 */
class VolumesTest {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final LocalDate END = LocalDate.of(2026, 4, 30);
    private static final LocalDate PART_BEGIN = LocalDate.of(2026, 4, 10);
    private static final LocalDate PART_END = LocalDate.of(2026, 4, 20);

    @ParameterizedTest(name = "Eenheid {0} Frequentie {1}: month {2}, partial {3}, iWmo 01 {4}")
    @CsvSource({
        // eenheid, frequentie, whole month, partial period, hbh (iWmo cat 01) whole month
        "01, 1, 90, 33, 90",
        "01, 2, 15, 9, 18",
        "01, 4, 3, 3, 3",
        "01, 6, 3, 3, 3",
        "04, 1, 90, 33, 90",
        "04, 2, 15, 9, 18",
        "04, 4, 3, 3, 3",
        "04, 6, 3, 3, 3",
        "14, 1, 90, 33, 90",
        "14, 2, 15, 9, 18",
        "14, 4, 3, 3, 3",
        "14, 6, 3, 3, 3",
        "16, 1, 90, 33, 90",
        "16, 2, 15, 9, 18",
        "16, 4, 3, 3, 3",
        "16, 6, 3, 3, 3",
        "84, 1, 90, 33, 90",
        "84, 2, 15, 9, 18",
        "84, 4, 3, 3, 3",
        "84, 6, 3, 3, 3",
        // output per week: Sundays in the period
        "82, 1, 90, 33, 90",
        "82, 2, 12, 6, 12",
        "82, 4, 3, 3, 3",
        "82, 6, 3, 3, 3",
        "83, 1, 90, 33, 90",
        "83, 2, 12, 6, 12",
        "83, 4, 3, 3, 3",
        "83, 6, 3, 3, 3"
    })
    void maxPerPeriode(String eenheid, String frequentie, long month, long partial, long hbhMonth) {
        Omvang omvang = new Omvang(3, eenheid, frequentie);
        assertThat(Volumes.maxPerPeriode(omvang, APRIL, END, false, null)).isEqualTo(month);
        assertThat(Volumes.maxPerPeriode(omvang, PART_BEGIN, PART_END, false, null))
                .isEqualTo(partial);
        assertThat(Volumes.maxPerPeriode(omvang, APRIL, END, true, null)).isEqualTo(hbhMonth);
    }

    @ParameterizedTest(name = "Eenheid {0} Frequentie {1}: total {2}")
    @CsvSource({
        "01, 1, 270", "01, 2, 42", "01, 4, 9", "01, 6, 3",
        "04, 1, 270", "04, 2, 42", "04, 4, 9", "04, 6, 3",
        "14, 1, 270", "14, 2, 42", "14, 4, 9", "14, 6, 3",
        "16, 1, 270", "16, 2, 42", "16, 4, 9", "16, 6, 3",
        "84, 1, 270", "84, 2, 42", "84, 4, 9", "84, 6, 3",
        // output per week: 13 Sundays + 1 because the toewijzing does not end on a Sunday
        "82, 1, 270", "82, 2, 42", "82, 4, 9", "82, 6, 3",
        "83, 1, 270", "83, 2, 42", "83, 4, 9", "83, 6, 3"
    })
    void totaalOverTheToewijzing(String eenheid, String frequentie, long total) {
        Omvang omvang = new Omvang(3, eenheid, frequentie);
        assertThat(Volumes.totaal(omvang, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
                .isEqualTo(total);
    }

    @ParameterizedTest(name = "open-ended toewijzing, Frequentie {0}")
    @CsvSource({"1", "2", "4"})
    void anOpenEndedToewijzingHasNoTotalExceptTbgt(String frequentie) {
        assertThat(Volumes.totaal(new Omvang(3, "04", frequentie), APRIL, null)).isNull();
        assertThat(Volumes.totaal(new Omvang(3, "04", "6"), APRIL, null)).isEqualTo(3);
    }

    @ParameterizedTest(name = "output per week, toewijzing ends {0}: {1}")
    @CsvSource({
        // ends Wed 22 April: its last Sunday (19th) lies in the partial period: one extra week
        "2026-04-22, 9",
        // ends Sunday 19 April: no extra week
        "2026-04-19, 6",
        // ends Wed 29 April: its last Sunday (26th) is after the partial period
        "2026-04-29, 6"
    })
    void outputPerWeekAddsTheWeekOfTheLastSunday(LocalDate einde, long expected) {
        Omvang omvang = new Omvang(3, "82", "2");
        assertThat(Volumes.maxPerPeriode(omvang, PART_BEGIN, PART_END, false, einde))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in {1} to {2}: {3}")
    @CsvSource({"5, 04, 01, 300", "5, 04, 04, 5", "5, 01, 01, 5"})
    void hoursConvertToMinutes(long volume, String van, String naar, long expected) {
        assertThat(Volumes.inEenheid(volume, van, naar)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} does not convert to {1}")
    @CsvSource({"01, 04", "16, 04", "04, 16"})
    void otherUnitsDoNotConvert(String van, String naar) {
        assertThat(Volumes.inEenheid(5, van, naar)).isNull();
    }
}
