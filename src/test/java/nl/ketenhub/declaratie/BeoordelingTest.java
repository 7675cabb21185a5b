package nl.ketenhub.declaratie;

import static nl.ketenhub.declaratie.Declaraties.credit;
import static nl.ketenhub.declaratie.Declaraties.debit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

/** How a whole 323 is judged: per prestatie, credits before debits, approved ones counting. */
class BeoordelingTest {

    private static Stand stand(List<Claim> toegekend, Prestatielog log) {
        Map<Long, Toewijzingstand> toewijzingen = new HashMap<>();
        toewijzingen.put(
                1001L, new Toewijzingstand(1001, 7L, "42420001", Declaraties.versie(), new ArrayList<>(toegekend)));
        return new Stand(Map.of("999900006", 7L), toewijzingen, log, List.of(), false, null);
    }

    @Test
    void aCreditAndItsReDebitInOneDeclarationAreBothApproved() {
        Stand stand = stand(List.of(Claim.of(debit("RN0"))), new Prestatielog(Set.of("RN0"), Set.of("RN0"), Set.of()));
        // the re-debit comes first in the message; the credit is judged first anyway (IV091)
        Declaratiebericht bericht = Declaraties.of(debit("RN2"), credit("RN1", "RN0"));

        assertThat(Beoordeling.judge(bericht, stand)).isEmpty();
        assertThat(stand.log().gecrediteerd()).contains("RN0");
    }

    @Test
    void aReDebitWithoutCreditIsRejectedAndTheRestApproved() {
        Stand stand = stand(List.of(Claim.of(debit("RN0"))), Prestatielog.empty());
        Declaratiebericht.Prestatie march = Level2RulesTest.with(
                debit("RN3"), Declaraties.APRIL.minusMonths(1), Declaraties.APRIL.minusDays(1), 4, "04", 1250L, 5000);

        List<Finding> findings = Beoordeling.judge(Declaraties.of(debit("RN2"), march), stand);

        assertThat(findings)
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("TR389", "Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]"));
    }

    @Test
    void approvedPrestatiesOfTheSameMessageCountForTheTotal() {
        // 2 hours a week from 2026-01-01 to 2026-04-05: 14 ISO weeks, 28 hours in all; 10 + 8 + 11 = 29
        Versie shortOne =
                Level3RulesTest.periode(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 4, 5));
        Map<Long, Toewijzingstand> toewijzingen = new HashMap<>();
        toewijzingen.put(1001L, new Toewijzingstand(1001, 7L, "42420001", shortOne, new ArrayList<>()));
        Stand stand = new Stand(Map.of("999900006", 7L), toewijzingen, Prestatielog.empty(), List.of(), false, null);
        Declaratiebericht.Prestatie jan = month("RN1", 1, 10);
        Declaratiebericht.Prestatie feb = month("RN2", 2, 8);
        Declaratiebericht.Prestatie mar = month("RN3", 3, 11);

        List<Finding> findings = Beoordeling.judge(Declaraties.of(jan, feb, mar), stand);

        assertThat(findings).extracting(Finding::rule).containsExactly("TR322");
    }

    @Test
    void anUnknownClientRejectsOnlyItsOwnPrestaties() {
        Stand stand = stand(List.of(), Prestatielog.empty());
        Declaratiebericht bericht =
                Declaraties.valid323().client("999900018", debit("RN9")).build();

        assertThat(Beoordeling.judge(bericht, stand))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR304", "8187", "Declaratie/Clienten/Client[2]"));
    }

    private static Declaratiebericht.Prestatie month(String referentie, int month, long hours) {
        java.time.YearMonth ym = java.time.YearMonth.of(2026, month);
        return Level2RulesTest.with(
                debit(referentie), ym.atDay(1), ym.atEndOfMonth(), hours, "04", 1250L, hours * 1250);
    }
}
