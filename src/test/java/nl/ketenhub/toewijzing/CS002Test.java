package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CS002Test {

    private final CS002 rule = new CS002();

    @Test
    void cs002AcceptsTestBsnsPassingElfproef() {
        for (String bsn : new String[] {"999900006", "999900018", "999911120", "999911089", "999996770"}) {
            assertThat(rule.check(valid301().bsn(bsn).build())).as(bsn).isEmpty();
        }
    }

    @Test
    void cs002RejectsBsnFailingElfproef() {
        assertThat(rule.check(valid301().bsn("999900007").build()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CS002", "0001", "Client"));
    }

    @Test
    void cs002RejectsAllZerosAndWrongLength() {
        assertThat(rule.check(valid301().bsn("000000000").build())).hasSize(1);
        assertThat(rule.check(valid301().bsn("99990000").build())).hasSize(1);
        assertThat(rule.check(valid301().bsn("99990000x").build())).hasSize(1);
    }

    @Test
    void cs002FindingNeverContainsTheBsn() {
        assertThat(rule.check(valid301().bsn("999900007").build()))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .doesNotContain("999900007");
    }
}
