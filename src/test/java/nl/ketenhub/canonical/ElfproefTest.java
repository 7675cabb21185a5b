package nl.ketenhub.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ElfproefTest {

    @ParameterizedTest
    @ValueSource(strings = {"999900006", "999900018", "999911120", "999911089", "999996770"})
    void acceptsTestBsns(String bsn) {
        assertThat(Elfproef.isValid(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999900007", "999900016", "123456789", "999911121"})
    void rejectsWrongCheckDigit(String bsn) {
        assertThat(Elfproef.isValid(bsn)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"99990000", "9999000060", "99990000a", " 99990000", "99990000-"})
    void rejectsWrongShape(String bsn) {
        assertThat(Elfproef.isValid(bsn)).isFalse();
    }

    @Test
    void rejectsAllZeroesAlthoughTheSumIsDivisible() {
        assertThat(Elfproef.isValid("000000000")).isFalse();
    }

    @Test
    void lastDigitCountsNegatively() {
        // 270 - 1*6 = 264 = 24*11; the same 6 in the 8th place (weight 2) gives 282, not divisible
        assertThat(Elfproef.isValid("999900006")).isTrue();
        assertThat(Elfproef.isValid("999900060")).isFalse();
    }
}
