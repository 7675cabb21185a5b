package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Level;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StapelingTest extends ToewijzingStateTestSupport {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);
    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);
    private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 31);

    @Autowired
    Stapeling rule;

    /** A 301 with one product (55A11, April to June) as toewijzing {@code nummer}. */
    private static Toewijzing301Builder one(String bsn, long nummer) {
        return valid301()
                .bsn(bsn)
                .product(0, p -> p.nummer(nummer).periode(APRIL, JUNE))
                .product(1, p -> p.nummer(nummer + 1_000_000).product("55", "55A12"));
    }

    @Test
    void hubStapelingAcceptsTheSameProductInALaterPeriod() {
        String bsn = bsn();
        accepted(one(bsn, nummer()));

        assertThat(rule.check(one(bsn, nummer())
                        .product(0, p -> p.periode(JULY, DECEMBER))
                        .product(1, p -> p.product("55", "55A13"))
                        .build()))
                .isEmpty();
    }

    @Test
    void hubStapelingRejectsTheSameProductOverlappingAnEarlier301() {
        String bsn = bsn();
        long earlier = nummer();
        accepted(one(bsn, earlier));

        assertThat(rule.check(one(bsn, nummer())
                        .product(0, p -> p.periode(JUNE, DECEMBER))
                        .product(1, p -> p.product("55", "55A13"))
                        .build()))
                .extracting(Finding::rule, Finding::level, Finding::retourCode, Finding::path)
                .containsExactly(
                        tuple("HUB-STAPELING", Level.POLICY, null, "Client/ToegewezenProducten/ToegewezenProduct[1]"));
    }

    @Test
    void hubStapelingComparesAnAspecificProductByCategory() {
        String bsn = bsn();
        accepted(one(bsn, nummer()));

        assertThat(rule.check(one(bsn, nummer())
                        .product(0, p -> p.aspecifiek("55").periode(JUNE, DECEMBER))
                        .product(1, p -> p.aspecifiek("45").periode(JUNE, DECEMBER))
                        .build()))
                .extracting(Finding::path)
                .containsExactly("Client/ToegewezenProducten/ToegewezenProduct[1]");
    }

    @Test
    void hubStapelingIgnoresANewVersionOfTheSameToewijzing() {
        String bsn = bsn();
        long nummer = nummer();
        accepted(one(bsn, nummer));

        assertThat(rule.check(one(bsn, nummer)
                        .product(0, p -> p.toewijzingsdatum(JUNE)
                                .periode(APRIL, DECEMBER)
                                .redenWijziging("04"))
                        .build()))
                .isEmpty();
    }

    @Test
    void hubStapelingIgnoresDeletedToewijzingen() {
        String bsn = bsn();
        long nummer = nummer();
        accepted(one(bsn, nummer));
        accepted(one(bsn, nummer).product(0, p -> p.toewijzingsdatum(APRIL.plusDays(1))
                .periode(APRIL, APRIL)
                .redenWijziging("13")));

        assertThat(rule.check(one(bsn, nummer())
                        .product(1, p -> p.product("55", "55A13"))
                        .build()))
                .isEmpty();
    }

    @Test
    void hubStapelingIgnoresDeletedProductsOfTheMessage() {
        String bsn = bsn();
        accepted(one(bsn, nummer()));

        assertThat(rule.check(one(bsn, nummer())
                        .product(0, p -> p.periode(APRIL, APRIL).redenWijziging("13"))
                        .product(1, p -> p.product("55", "55A13"))
                        .build()))
                .isEmpty();
    }

    @Test
    void hubStapelingLetsIwmoAidsStack() {
        String bsn = bsn();
        accepted(one(bsn, nummer())
                .type(BerichtType.WMO301)
                .product(0, p -> p.product("12", "12X01"))
                .product(1, p -> p.product("01", "01A01")));

        assertThat(rule.check(one(bsn, nummer())
                        .type(BerichtType.WMO301)
                        .product(0, p -> p.product("12", "12X01"))
                        .product(1, p -> p.product("01", "01A02"))
                        .build()))
                .isEmpty();
    }

    @Test
    void hubStapelingDoesNotLookAtOtherClients() {
        accepted(one(bsn(), nummer()));

        assertThat(rule.check(one(bsn(), nummer()).build())).isEmpty();
    }
}
