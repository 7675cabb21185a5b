package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR302Test {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);
    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);
    private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 31);

    private final TR302 rule = new TR302();

    @Test
    void tr302AcceptsSameProductInConsecutivePeriods() {
        assertThat(rule.check(valid301()
                        .product(0, p -> p.periode(APRIL, JUNE))
                        .addProduct(p -> p.periode(JULY, DECEMBER))
                        .build()))
                .isEmpty();
    }

    @Test
    void tr302AcceptsDifferentCodesInOverlappingPeriods() {
        assertThat(rule.check(valid301().build())).isEmpty();
    }

    @Test
    void tr302RejectsSameCodeInOverlappingPeriods() {
        assertThat(rule.check(valid301()
                        .product(0, p -> p.periode(APRIL, JULY))
                        .addProduct(p -> p.periode(JULY, DECEMBER))
                        .build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("TR302", "Client/ToegewezenProducten/ToegewezenProduct[3]"));
    }

    @Test
    void tr302RejectsOpenEndedOverlap() {
        assertThat(rule.check(valid301()
                        .product(0, p -> p.omvang(1, "04", "4").eind(null))
                        .addProduct(p -> p.periode(DECEMBER, DECEMBER))
                        .build()))
                .hasSize(1);
    }

    @Test
    void tr302RejectsAspecifiekOverlappingSpecifiekOfSameCategorie() {
        assertThat(rule.check(valid301()
                        .addProduct(p -> p.aspecifiek("55").periode(JUNE, DECEMBER))
                        .build()))
                .extracting(Finding::path)
                .containsExactly("Client/ToegewezenProducten/ToegewezenProduct[3]");
    }

    @Test
    void tr302AcceptsAspecifiekOfOtherCategorie() {
        assertThat(rule.check(valid301()
                        .addProduct(p -> p.aspecifiek("54").periode(JUNE, DECEMBER))
                        .build()))
                .isEmpty();
    }

    @Test
    void tr302RejectsGeneriekOverlappingAnything() {
        assertThat(rule.check(valid301()
                        .addProduct(p -> p.generiek(100_00).periode(JUNE, DECEMBER))
                        .build()))
                .hasSize(1);
    }

    @Test
    void tr302IgnoresDeletedToewijzing() {
        assertThat(rule.check(valid301()
                        .addProduct(p -> p.redenWijziging("13").periode(APRIL, APRIL))
                        .build()))
                .isEmpty();
    }

    @Test
    void tr302LetsWmoCategories11To14Overlap() {
        Toewijzing301Builder builder =
                valid301().product(0, p -> p.product("11", "11A01")).addProduct(p -> p.product("11", "11A01"));
        assertThat(rule.check(builder.type(BerichtType.WMO301).build())).isEmpty();
        assertThat(rule.check(builder.type(BerichtType.JW301).build())).hasSize(1);
    }
}
