package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import nl.ketenhub.toewijzing.Toewijzing301Builder.ContactSpec;
import org.junit.jupiter.api.Test;

class TR101Test {

    private final TR101 rule = new TR101();

    @Test
    void tr101AcceptsDistinctKeys() {
        assertThat(rule.check(valid301().build())).isEmpty();
    }

    @Test
    void tr101RejectsDuplicateToewijzingNummer() {
        assertThat(rule.check(valid301().product(1, p -> p.nummer(300201)).build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("TR101", "Client/ToegewezenProducten/ToegewezenProduct[2]"));
    }

    @Test
    void tr101RejectsDuplicateContactSoort() {
        assertThat(rule.check(
                        valid301().addContact(new ContactSpec().soort("03")).build()))
                .extracting(Finding::path)
                .containsExactly("Client/Contactgegevens/Contact[3]");
    }

    @Test
    void tr101RejectsDuplicateRelatieNummer() {
        assertThat(rule.check(valid301().relatieNummer(1, "1").build()))
                .extracting(Finding::path)
                .containsExactly("Client/Relaties/Relatie[2]");
    }
}
