package nl.ketenhub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BsnMaskTest {

    @Test
    void masksANumberPassingTheElfproef() {
        assertThat(BsnMask.mask("value '999900006' is not facet-valid"))
                .isEqualTo("value '*********' is not facet-valid")
                .doesNotContain("999900006");
        assertThat(BsnMask.mask("<Bsn>999911120</Bsn><Bsn>999996770</Bsn>"))
                .isEqualTo("<Bsn>*********</Bsn><Bsn>*********</Bsn>");
    }

    @Test
    void leavesOtherNumbersAlone() {
        assertThat(BsnMask.mask("999900007 fails the elfproef")).isEqualTo("999900007 fails the elfproef");
        assertThat(BsnMask.mask("ten digits 9999000061")).isEqualTo("ten digits 9999000061");
        assertThat(BsnMask.mask("uuid a999900006b and 12:00:00.999900006Z"))
                .isEqualTo("uuid a999900006b and 12:00:00.999900006Z");
        assertThat(BsnMask.mask(null)).isNull();
    }

    @Test
    void containsBsnTellsWhetherATextHoldsOne() {
        assertThat(BsnMask.containsBsn("bericht for 999900018")).isTrue();
        assertThat(BsnMask.containsBsn("bericht 42 for 0384")).isFalse();
    }
}
