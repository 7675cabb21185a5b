package nl.ketenhub.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Uitvoeringsvariant;
import org.junit.jupiter.api.Test;

class ContractTest {

    private static Contract contract(String code, LocalDate eind) {
        return new Contract(
                "0384",
                "42420001",
                Standaard.IJW,
                "55",
                code,
                LocalDate.of(2026, 1, 1),
                eind,
                Uitvoeringsvariant.INSPANNINGSGERICHT,
                null,
                null);
    }

    @Test
    void categoryContractCoversEveryCodeOfTheCategory() {
        assertThat(contract(null, null).covers("55", "55A99")).isTrue();
        assertThat(contract(null, null).covers("55", null)).isTrue();
        assertThat(contract(null, null).covers("45", "45A01")).isFalse();
    }

    @Test
    void codeContractCoversOnlyThatCode() {
        assertThat(contract("55A11", null).covers("55", "55A11")).isTrue();
        assertThat(contract("55A11", null).covers("55", "55A12")).isFalse();
        assertThat(contract("55A11", null).covers("55", null)).isFalse();
    }

    @Test
    void periodMustLieWithinTheContract() {
        Contract closed = contract(null, LocalDate.of(2027, 12, 31));
        assertThat(closed.coversPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)))
                .isTrue();
        assertThat(closed.coversPeriod(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 1)))
                .isFalse();
        assertThat(closed.coversPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2028, 1, 1)))
                .isFalse();
        assertThat(closed.coversPeriod(LocalDate.of(2026, 6, 1), null)).isFalse();
        assertThat(contract(null, null).coversPeriod(LocalDate.of(2026, 6, 1), null))
                .isTrue();
        assertThat(closed.isValidOn(LocalDate.of(2028, 1, 1))).isFalse();
    }
}
