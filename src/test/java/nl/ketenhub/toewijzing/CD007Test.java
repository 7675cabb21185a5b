package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD007Test {

    private final CD007 rule = new CD007();

    @Test
    void cd007AcceptsATolkWithATaal() {
        assertThat(rule.check(valid301().communicatie("1", "Zweeds").build())).isEmpty();
    }

    @Test
    void cd007RejectsATolkWithoutATaal() {
        assertThat(rule.check(valid301().communicatie("1", null).build()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD007", "0001", "Client"));
    }
}
