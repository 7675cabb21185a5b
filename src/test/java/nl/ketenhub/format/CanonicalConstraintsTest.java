package nl.ketenhub.format;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.stream.Stream;
import nl.ketenhub.format.Samples.Sample;
import nl.ketenhub.xml.ijw.jw305.Client;
import nl.ketenhub.xml.ijw.jw305.Root;
import nl.ketenhub.xml.ijw.jw305.StartProduct;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The constraints xjc derives from the XSD facets: every valid message bound to the canonical model
 * breaks none; a broken message is reported by the standard's element path and the constraint.
 */
class CanonicalConstraintsTest {

    private static final XmlTranslators TRANSLATORS = new XmlTranslators();

    private static final Sample JW305 = Samples.valid().stream()
            .filter(s -> s.type().name().equals("JW305"))
            .findFirst()
            .orElseThrow();

    static Stream<Sample> validSamples() {
        return Samples.valid().stream();
    }

    @ParameterizedTest
    @MethodSource("validSamples")
    void everyPublishedSampleAndGoldenFileBreaksNoConstraintOfTheCanonicalModel(Sample sample) {
        Object message = TRANSLATORS.toCanonical(sample.bytes()).message();

        assertThat(CanonicalConstraints.violations(message)).isEmpty();
    }

    @Test
    void theGeneratedModelCarriesTheConstraintsOfTheFacets() throws Exception {
        var bsn = Client.class.getDeclaredField("bsn");

        assertThat(bsn.getAnnotation(NotNull.class)).isNotNull();
        assertThat(bsn.getAnnotation(Pattern.class).regexp()).isEqualTo("[0-9]{9}");
        assertThat(bsn.getAnnotation(Size.class).max()).isEqualTo(9);
    }

    @Test
    void aMissingMandatoryElementIsReportedAsNotNullAtItsPath() {
        Root jw305 = jw305();
        jw305.getClient().setBsn(null);

        assertThat(CanonicalConstraints.violations(jw305))
                .singleElement()
                .asString()
                .startsWith("Client.Bsn: @NotNull");
    }

    @Test
    void aPatternBreakIsReportedWithoutTheValue() {
        Root jw305 = jw305();
        jw305.getClient().setBsn("99990000X");

        assertThat(CanonicalConstraints.violations(jw305))
                .singleElement()
                .asString()
                .startsWith("Client.Bsn: @Pattern")
                .contains("[0-9]{9}")
                .doesNotContain("99990000X");
    }

    @Test
    void aValueOutsideTheCodeListIsReportedWithTheCodesOfTheList() {
        Root jw305 = jw305();
        jw305.getClient().setGeslacht("7");

        assertThat(CanonicalConstraints.violations(jw305))
                .containsExactly("Client.Geslacht: @Pattern must be one of 0, 1, 2");
    }

    @Test
    void aTooLongStringIsReportedAsSizeAtItsNestedPath() {
        Root jw305 = jw305();
        jw305.getClient().getNaam().getGeslachtsnaam().setAchternaam("Jansen".repeat(40));

        assertThat(CanonicalConstraints.violations(jw305))
                .singleElement()
                .asString()
                .startsWith("Client.Naam.Geslachtsnaam.Achternaam: @Size")
                .contains("200")
                .doesNotContain("Jansen");
    }

    @Test
    void aNumberOutOfRangeIsReportedAsDecimalMaxAtItsPath() {
        Root jw305 = jw305();
        jw305.getHeader().setBerichtVersie(100);

        assertThat(CanonicalConstraints.violations(jw305))
                .singleElement()
                .asString()
                .startsWith("Header.BerichtVersie: @DecimalMax");
    }

    @Test
    void aBreakInsideARepeatedElementNamesItsPosition() {
        Root jw305 = jw305();
        var products = jw305.getClient().getStartProducten().getStartProduct();
        var tooHigh = copyOf(products.get(0));
        tooHigh.setToewijzingNummer(1_000_000_000);
        products.add(tooHigh);

        assertThat(CanonicalConstraints.violations(jw305))
                .singleElement()
                .asString()
                .startsWith("Client.StartProducten.StartProduct[" + (products.size() - 1)
                        + "].ToewijzingNummer: @DecimalMax");
    }

    @Test
    void everyConstraintABreakViolatesIsReportedInPathOrder() {
        Root jw305 = jw305();
        jw305.getClient().setBsn("");
        jw305.getHeader().setBerichtVersie(-1);

        assertThat(CanonicalConstraints.violations(jw305))
                .hasSize(3)
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("Client.Bsn: @Pattern"),
                        second -> assertThat(second).startsWith("Client.Bsn: @Size"),
                        third -> assertThat(third).startsWith("Header.BerichtVersie: @DecimalMin"));
    }

    private static Root jw305() {
        Root jw305 = (Root) TRANSLATORS.toCanonical(JW305.bytes()).message();
        assertThat(CanonicalConstraints.violations(jw305))
                .as("the sample before it is broken")
                .isEmpty();
        return jw305;
    }

    private static StartProduct copyOf(StartProduct product) {
        var copy = new StartProduct();
        copy.setToewijzingNummer(product.getToewijzingNummer());
        copy.setProduct(product.getProduct());
        copy.setToewijzingIngangsdatum(product.getToewijzingIngangsdatum());
        copy.setBegindatum(product.getBegindatum());
        copy.setStatusAanlevering(product.getStatusAanlevering());
        return copy;
    }
}
