package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Prestatie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TR385Test extends ToewijzingStateTestSupport {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    @Autowired
    TR385 rule;

    /** A 301 that deletes the toewijzing: RedenWijziging 13, Einddatum = Ingangsdatum. */
    private static Toewijzing301Builder deleting(String bsn, long nummer) {
        return valid301()
                .bsn(bsn)
                .product(0, p -> p.nummer(nummer).redenWijziging("13").periode(APRIL, APRIL))
                .product(1, p -> p.nummer(nummer + 1_000_000));
    }

    @Test
    void tr385AcceptsDeletingAToewijzingWithoutApprovedPrestaties() {
        String bsn = bsn();
        long nummer = nummer();
        prestatie(bsn, nummer, "R" + nummer, "D", null, Prestatie.Status.INGEDIEND);
        prestatie(bsn, nummer, "S" + nummer, "D", null, Prestatie.Status.AFGEWEZEN);

        assertThat(rule.check(deleting(bsn, nummer).build())).isEmpty();
    }

    @Test
    void tr385AcceptsDeletingWhenEveryApprovedDebitWasCredited() {
        String bsn = bsn();
        long nummer = nummer();
        prestatie(bsn, nummer, "R" + nummer, "D", null, Prestatie.Status.TOEGEKEND);
        prestatie(bsn, nummer, "C" + nummer, "C", "R" + nummer, Prestatie.Status.TOEGEKEND);

        assertThat(rule.check(deleting(bsn, nummer).build())).isEmpty();
    }

    @Test
    void tr385RejectsDeletingAToewijzingWithAnApprovedUncreditedPrestatie() {
        String bsn = bsn();
        long nummer = nummer();
        prestatie(bsn, nummer, "R" + nummer, "D", null, Prestatie.Status.TOEGEKEND);
        prestatie(bsn, nummer, "C" + nummer, "C", "R" + nummer, Prestatie.Status.AFGEWEZEN);

        assertThat(rule.check(deleting(bsn, nummer).build()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR385", "9385", "Client/ToegewezenProducten/ToegewezenProduct[1]"));
    }

    @Test
    void tr385IgnoresProductsThatAreNotDeleted() {
        String bsn = bsn();
        long nummer = nummer();
        prestatie(bsn, nummer, "R" + nummer, "D", null, Prestatie.Status.TOEGEKEND);

        assertThat(rule.check(valid301()
                        .bsn(bsn)
                        .product(0, p -> p.nummer(nummer).redenWijziging("05").periode(APRIL, APRIL))
                        .build()))
                .isEmpty();
    }
}
