package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void schemaErrorsLoseTheValuesTheyQuote() {
        assertThat(Finding.format(
                                "XSD",
                                "cvc-pattern-valid: Value '99990001' is not facet-valid with respect to pattern"
                                        + " '[0-9]{9}' for type 'LDT_BurgerServicenummer'.")
                        .message())
                .isEqualTo("cvc-pattern-valid: Value '***' is not facet-valid with respect to pattern"
                        + " '[0-9]{9}' for type 'LDT_BurgerServicenummer'.");
        assertThat(Redaction.redact(
                        "cvc-type.3.1.3: The value 'Jansen-de Vries' of element 'ijw:Achternaam' is not valid."))
                .isEqualTo("cvc-type.3.1.3: The value '***' of element 'ijw:Achternaam' is not valid.");
        assertThat(Redaction.redact("cvc-datatype-valid.1.2.1: '1e3' is not a valid value for 'integer'."))
                .isEqualTo("cvc-datatype-valid.1.2.1: '***' is not a valid value for 'integer'.");
    }

    @Test
    void aBsnInAnyFindingIsMaskedOtherNumbersStay() {
        assertThat(Finding.content("CS002", "client 999900006 of Toewijzing 42420001", "Client")
                        .message())
                .isEqualTo("client ********* of Toewijzing 42420001");
    }
}
