package nl.ketenhub.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.ketenhub.bericht.PartyRole;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Uitvoeringsvariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractsFileTest {

    @TempDir
    Path dir;

    private static final Delivery PULL = new Delivery(Delivery.Type.PULL, null);
    private static final Map<String, Partner> PARTNERS = Map.of(
            "0384", new Partner("0384", "Diemen", PartyRole.GEMEENTE, Set.of(IntakeChannel.HTTP), PULL, "XML"),
            "0363", new Partner("0363", "Amsterdam", PartyRole.GEMEENTE, Set.of(IntakeChannel.HTTP), PULL, "XML"),
            "42420001",
                    new Partner("42420001", "Aanbieder", PartyRole.AANBIEDER, Set.of(IntakeChannel.HTTP), PULL, "XML"));
    private static final Function<String, Optional<Partner>> LOOKUP = code -> Optional.ofNullable(PARTNERS.get(code));

    private List<Contract> load(String yaml) throws IOException {
        return ContractsFile.load(Files.writeString(dir.resolve("contracts.yaml"), yaml), LOOKUP);
    }

    private String failure(String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("contracts.yaml"), yaml);
        return assertThatThrownBy(() -> ContractsFile.load(file, LOOKUP))
                .isInstanceOf(ConfigException.class)
                .actual()
                .getMessage();
    }

    private String at(int line) {
        return dir.resolve("contracts.yaml") + " line " + line + ": ";
    }

    /** A valid contract whose line {@code n} (1-based, after "contracts:") is replaced by {@code line}. */
    private static String contract(int n, String line) {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "contracts:",
                "  - gemeente: \"0384\"",
                "    aanbieder: \"42420001\"",
                "    wet: Jeugdwet",
                "    productcategorie: \"55\"",
                "    productcodes: [55A11, 55A12]",
                "    ingangsdatum: 2026-01-01",
                "    einddatum: 2027-12-31",
                "    uitvoeringsvariant: inspanningsgericht"));
        if (n > 0) {
            lines.set(n - 1, line);
        }
        return String.join("\n", lines) + "\n";
    }

    @Test
    void readsOneRowPerProductCode() throws IOException {
        List<Contract> contracts = load(
                contract(0, null)
                        + """
                  - gemeente: "0384"
                    aanbieder: "42420001"
                    wet: Wmo
                    productcategorie: "01"
                    ingangsdatum: 2023-01-01
                    uitvoeringsvariant: OUTPUTGERICHT
                    tarief: 1250
                    eenheid: "82"
                """);

        assertThat(contracts)
                .containsExactly(
                        new Contract(
                                "0384",
                                "42420001",
                                Standaard.IJW,
                                "55",
                                "55A11",
                                LocalDate.of(2026, 1, 1),
                                LocalDate.of(2027, 12, 31),
                                Uitvoeringsvariant.INSPANNINGSGERICHT,
                                null,
                                null),
                        new Contract(
                                "0384",
                                "42420001",
                                Standaard.IJW,
                                "55",
                                "55A12",
                                LocalDate.of(2026, 1, 1),
                                LocalDate.of(2027, 12, 31),
                                Uitvoeringsvariant.INSPANNINGSGERICHT,
                                null,
                                null),
                        new Contract(
                                "0384",
                                "42420001",
                                Standaard.IWMO,
                                "01",
                                null,
                                LocalDate.of(2023, 1, 1),
                                null,
                                Uitvoeringsvariant.OUTPUTGERICHT,
                                1250L,
                                "82"));
    }

    @Test
    void unknownKey() throws IOException {
        assertThat(failure(contract(6, "    productcode: 55A11")))
                .contains(at(6) + "unknown key 'productcode' in a contract");
    }

    @Test
    void missingField() throws IOException {
        assertThat(failure(contract(7, "    # no ingangsdatum")))
                .contains(at(2) + "missing field 'ingangsdatum' in a contract");
    }

    @Test
    void unknownPartner() throws IOException {
        assertThat(failure(contract(3, "    aanbieder: \"99999999\"")))
                .contains(at(3) + "aanbieder '99999999' is not a partner in partners.yaml");
    }

    @Test
    void badGemeentecode() throws IOException {
        assertThat(failure(contract(2, "  - gemeente: 384")))
                .contains(at(2) + "gemeente '384' is not a partner in partners.yaml (a gemeentecode has 4 digits");
    }

    @Test
    void gemeenteInTheAanbiederSlot() throws IOException {
        assertThat(failure(contract(3, "    aanbieder: \"0363\"")))
                .contains(at(3) + "aanbieder '0363' is a gemeente, not an aanbieder");
    }

    @Test
    void aanbiederInTheGemeenteSlot() throws IOException {
        assertThat(failure(contract(2, "  - gemeente: \"42420001\"")))
                .contains(at(2) + "gemeente '42420001' is an aanbieder, not a gemeente");
    }

    @Test
    void endBeforeStart() throws IOException {
        assertThat(failure(contract(8, "    einddatum: 2025-12-31")))
                .contains(at(8) + "einddatum 2025-12-31 is before ingangsdatum 2026-01-01");
    }

    @Test
    void notADate() throws IOException {
        assertThat(failure(contract(7, "    ingangsdatum: 2026-02-30")))
                .contains(at(7) + "ingangsdatum '2026-02-30' is not a date");
    }

    @Test
    void unknownWet() throws IOException {
        assertThat(failure(contract(4, "    wet: Wlz"))).contains(at(4) + "wet 'Wlz' is not one of Wmo, Jeugdwet");
    }

    @Test
    void categoryOfTheOtherWet() throws IOException {
        assertThat(failure(contract(4, "    wet: Wmo")))
                .contains(at(5) + "productcategorie '55' does not exist for the Wmo (01-18)");
    }

    @Test
    void categoryInTheGapOfTheJeugdwetList() throws IOException {
        assertThat(failure(contract(5, "    productcategorie: \"39\"")))
                .contains(at(5) + "productcategorie '39' does not exist for the Jeugdwet (31-38, 40-55)");
    }

    @Test
    void badProductcode() throws IOException {
        assertThat(failure(contract(6, "    productcodes: [55A11, 55-A12X]")))
                .contains(at(6) + "productcode '55-A12X' is not 1-5 letters or digits");
    }

    @Test
    void productcodeListedTwice() throws IOException {
        assertThat(failure(contract(6, "    productcodes: [55A11, 55A11]")))
                .contains(at(6) + "productcode '55A11' is listed twice");
    }

    @Test
    void unknownUitvoeringsvariant() throws IOException {
        assertThat(failure(contract(9, "    uitvoeringsvariant: resultaatgericht")))
                .contains(at(9) + "uitvoeringsvariant 'resultaatgericht' is not one of");
    }

    @Test
    void tariefWithoutEenheid() throws IOException {
        assertThat(failure(contract(0, null) + "    tarief: 1250\n"))
                .contains(at(2) + "tarief and eenheid go together");
    }

    @Test
    void tariefNotInEurocents() throws IOException {
        assertThat(failure(contract(0, null) + "    tarief: 12.50\n    eenheid: \"04\"\n"))
                .contains(at(10) + "tarief '12.50' is not a whole number of eurocents");
    }

    @Test
    void eenheidNotInWj756() throws IOException {
        assertThat(failure(contract(0, null) + "    tarief: 1250\n    eenheid: \"05\"\n"))
                .contains(at(11) + "eenheid '05' is not a WJ756 code");
    }

    @Test
    void overlappingContractsForTheSameProduct() throws IOException {
        String second =
                """
                  - gemeente: "0384"
                    aanbieder: "42420001"
                    wet: Jeugdwet
                    productcategorie: "55"
                    ingangsdatum: 2027-06-01
                    uitvoeringsvariant: inspanningsgericht
                """;
        assertThat(failure(contract(0, null) + second))
                .contains(at(10) + "contract for 0384 x 42420001 Jeugdwet 55 overlaps the contract at line 2");
    }

    @Test
    void consecutiveContractsForTheSameProductAreFine() throws IOException {
        String second =
                """
                  - gemeente: "0384"
                    aanbieder: "42420001"
                    wet: Jeugdwet
                    productcategorie: "55"
                    ingangsdatum: 2028-01-01
                    uitvoeringsvariant: inspanningsgericht
                """;
        assertThat(load(contract(0, null) + second)).hasSize(3);
    }
}
