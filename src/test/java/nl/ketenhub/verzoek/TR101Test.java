package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR101Test {

    @Test
    void tr101AcceptsDistinctNumbers() {
        assertThat(new TR101().check(validVow())).isEmpty();
    }

    @Test
    void tr101RejectsNumberOngewijzigdAndTeWijzigen() {
        assertThat(new TR101().check(vow(List.of(1002L), List.of(teWijzigen(1002)), List.of())))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR101", "0001", "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]"));
    }
}
