package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TR332Test extends ToewijzingStateTestSupport {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    @Autowired
    TR332 rule;

    /** A 301 whose first product has this ToewijzingNummer; the second one is fresh. */
    private static Toewijzing301Builder with(String bsn, long nummer) {
        return valid301().bsn(bsn).product(0, p -> p.nummer(nummer)).product(1, p -> p.nummer(nummer()));
    }

    private List<Finding> check(Toewijzingbericht bericht) {
        return rule.check(bericht, store.known(bericht));
    }

    @Test
    void tr332AcceptsNumbersTheHubDoesNotKnow() {
        assertThat(check(with(bsn(), nummer()).build())).isEmpty();
    }

    @Test
    void tr332AcceptsAKnownNumberForTheSameClientAanbiederAndProduct() {
        String bsn = bsn();
        long nummer = nummer();
        accepted(with(bsn, nummer));

        assertThat(check(with(bsn, nummer)
                        .product(0, p -> p.toewijzingsdatum(MAY))
                        .build()))
                .isEmpty();
    }

    @Test
    void tr332RejectsAKnownNumberForAnotherClient() {
        long nummer = nummer();
        accepted(with(bsn(), nummer));

        assertThat(check(with(bsn(), nummer).build()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR332", "9332", "Client/ToegewezenProducten/ToegewezenProduct[1]"));
    }

    @Test
    void tr332RejectsAKnownNumberForAnotherAanbieder() {
        String bsn = bsn();
        long nummer = nummer();
        accepted(with(bsn, nummer));

        assertThat(check(with(bsn, nummer).ontvanger("42420002").build()))
                .singleElement()
                // the message's number may be masked: a 9-digit one that passes the 11-proef could be a BSN
                .satisfies(f -> assertThat(f.rule()).isEqualTo("TR332"))
                .satisfies(f -> assertThat(f.message()).endsWith(" is already in use for another aanbieder"));
    }

    @Test
    void tr332RejectsAKnownNumberForAnotherProduct() {
        String bsn = bsn();
        long nummer = nummer();
        accepted(with(bsn, nummer));

        assertThat(check(with(bsn, nummer)
                        .product(0, p -> p.product("55", "55A99"))
                        .build()))
                .singleElement()
                // the message's number may be masked: a 9-digit one that passes the 11-proef could be a BSN
                .satisfies(f -> assertThat(f.rule()).isEqualTo("TR332"))
                .satisfies(f -> assertThat(f.message()).endsWith(" is already in use for another product"));
    }
}
