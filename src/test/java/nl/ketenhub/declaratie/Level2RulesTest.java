package nl.ketenhub.declaratie;

import static nl.ketenhub.declaratie.Declaraties.APRIL;
import static nl.ketenhub.declaratie.Declaraties.END_OF_APRIL;
import static nl.ketenhub.declaratie.Declaraties.credit;
import static nl.ketenhub.declaratie.Declaraties.debit;
import static nl.ketenhub.declaratie.Declaraties.of;
import static nl.ketenhub.declaratie.Declaraties.valid323;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A positive and a negative test for every level 2 rule of the 323 (retourcode 0001). */
class Level2RulesTest {

    private static final Declaratiebericht VALID = valid323().build();

    static Declaratiebericht.Prestatie with(
            Declaratiebericht.Prestatie p,
            LocalDate begin,
            LocalDate eind,
            long volume,
            String eenheid,
            Long tarief,
            long bedrag) {
        return new Declaratiebericht.Prestatie(
                p.referentieNummer(),
                p.vorigReferentieNummer(),
                p.toewijzingNummer(),
                p.productCategorie(),
                p.productCode(),
                begin,
                eind,
                volume,
                eenheid,
                tarief,
                bedrag,
                p.debetCredit());
    }

    @Test
    void theValid323PassesEveryRule() {
        assertThat(new Declaratie323Checks().check(VALID)).isEmpty();
    }

    @Nested
    class CS002Test {
        @Test
        void cs002AcceptsAValidBsn() {
            assertThat(new CS002().check(VALID)).isEmpty();
        }

        @Test
        void cs002RejectsABsnFailingTheElfproef() {
            assertThat(new CS002()
                            .check(valid323().client("999900007", debit("RN2")).build()))
                    .extracting(Finding::rule, Finding::retourCode, Finding::path)
                    .containsExactly(tuple("CS002", "0001", "Declaratie/Clienten/Client[2]"));
        }
    }

    @Nested
    class CS100Test {
        @Test
        void cs100AcceptsPeriodsFrom2021() {
            assertThat(new CS100().check(VALID)).isEmpty();
        }

        @Test
        void cs100RejectsPeriodsBefore2021() {
            LocalDate dec = LocalDate.of(2020, 12, 1);
            Declaratiebericht bericht = valid323()
                    .clearClients()
                    .client("999900006", with(debit("RN1"), dec, dec.plusDays(30), 4, "04", 1250L, 5000))
                    .periode(dec, dec.plusDays(30))
                    .build();
            assertThat(new CS100().check(bericht))
                    .extracting(Finding::path)
                    .containsExactly("Declaratie", "Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]");
        }
    }

    @Nested
    class CS337Test {
        @Test
        void cs337AcceptsAPeriodInOneMonth() {
            assertThat(new CS337().check(VALID)).isEmpty();
        }

        @Test
        void cs337RejectsAPeriodOverTwoMonths() {
            assertThat(new CS337().check(of(with(debit("RN1"), APRIL, LocalDate.of(2026, 5, 2), 4, "04", 1250L, 5000))))
                    .hasSize(1);
        }
    }

    @Nested
    class CS340Test {
        @Test
        void cs340AcceptsOneCalendarMonth() {
            assertThat(new CS340().check(VALID)).isEmpty();
        }

        @Test
        void cs340RejectsAPartOfAMonth() {
            assertThat(new CS340()
                            .check(valid323().periode(APRIL, APRIL.plusDays(10)).build()))
                    .extracting(Finding::rule, Finding::path)
                    .containsExactly(tuple("CS340", "Declaratie"));
        }
    }

    @Nested
    class CS339Test {
        @Test
        void cs339AcceptsEuroWithAmountEqualToVolume() {
            assertThat(new CS339().check(of(with(debit("RN1"), APRIL, END_OF_APRIL, 5000, "83", null, 5000))))
                    .isEmpty();
        }

        @Test
        void cs339RejectsEuroWithAnotherAmount() {
            assertThat(new CS339().check(of(with(debit("RN1"), APRIL, END_OF_APRIL, 5000, "83", null, 4000))))
                    .hasSize(1);
        }
    }

    @Nested
    class CD087Test {
        @Test
        void cd087AcceptsTariffForHoursAndNoneForEuro() {
            assertThat(new CD087().check(VALID)).isEmpty();
            assertThat(new CD087().check(of(with(debit("RN1"), APRIL, END_OF_APRIL, 5000, "83", null, 5000))))
                    .isEmpty();
        }

        @Test
        void cd087RejectsMissingTariffAndTariffForEuro() {
            assertThat(new CD087().check(of(with(debit("RN1"), APRIL, END_OF_APRIL, 4, "04", null, 5000))))
                    .hasSize(1);
            assertThat(new CD087().check(of(with(debit("RN1"), APRIL, END_OF_APRIL, 5000, "83", 1L, 5000))))
                    .hasSize(1);
        }
    }

    @Nested
    class CD060Test {
        @Test
        void cd060AcceptsACreditWithVorigReferentieNummer() {
            assertThat(new CD060().check(of(credit("RN2", "RN1")))).isEmpty();
        }

        @Test
        void cd060RejectsACreditWithoutAndADebitWith() {
            assertThat(new CD060().check(of(credit("RN2", null)))).hasSize(1);
            Declaratiebericht.Prestatie debitWithVorig = new Declaratiebericht.Prestatie(
                    "RN3", "RN1", 1001, "55", "55A11", APRIL, END_OF_APRIL, 4, "04", 1250L, 5000, "D");
            assertThat(new CD060().check(of(debitWithVorig))).hasSize(1);
        }
    }

    @Nested
    class CS325Test {
        @Test
        void cs325AcceptsZeroAsDebit() {
            assertThat(new CS325().check(of(with(debit("RN1"), APRIL, END_OF_APRIL, 0, "04", 1250L, 0))))
                    .isEmpty();
        }

        @Test
        void cs325RejectsZeroAsCredit() {
            Declaratiebericht.Prestatie zeroCredit = new Declaratiebericht.Prestatie(
                    "RN2", "RN1", 1001, "55", "55A11", APRIL, END_OF_APRIL, 0, "04", 1250L, 0, "C");
            assertThat(new CS325()
                            .check(valid323()
                                    .clearClients()
                                    .client("999900006", zeroCredit)
                                    .totaal(0, "C")
                                    .build()))
                    .extracting(Finding::path)
                    .containsExactly("Declaratie", "Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]");
        }
    }

    @Nested
    class TR358Test {
        @Test
        void tr358AcceptsTotalOfDebitsMinusCredits() {
            Declaratiebericht bericht = valid323()
                    .clearClients()
                    .client("999900006", debit("RN1"), debit("RN2"), credit("RN3", "RN0"))
                    .totaal(5000, "D")
                    .build();
            assertThat(new TR358().check(bericht)).isEmpty();
        }

        @Test
        void tr358RejectsAWrongTotalOrSign() {
            assertThat(new TR358().check(valid323().totaal(6000, "D").build())).hasSize(1);
            assertThat(new TR358().check(valid323().totaal(5000, "C").build())).hasSize(1);
        }
    }

    @Nested
    class TR315Test {
        @Test
        void tr315AcceptsDistinctVorigReferenties() {
            assertThat(new TR315().check(of(credit("RN2", "RN0"), credit("RN3", "RN1"))))
                    .isEmpty();
        }

        @Test
        void tr315RejectsTheSecondCreditOfOneReference() {
            assertThat(new TR315().check(of(credit("RN2", "RN0"), credit("RN3", "RN0"))))
                    .extracting(Finding::path)
                    .containsExactly("Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]");
        }
    }

    @Nested
    class TR316Test {
        @Test
        void tr316AcceptsCreditOfAnEarlierDebit() {
            assertThat(new TR316().check(of(debit("RN1"), credit("RN2", "RN0"))))
                    .isEmpty();
        }

        @Test
        void tr316RejectsCreditOfADebitInTheSameMessage() {
            assertThat(new TR316().check(of(debit("RN1"), credit("RN2", "RN1"))))
                    .hasSize(1);
        }
    }

    @Nested
    class TR416Test {
        @Test
        void tr416AcceptsDebitsOfDifferentPeriods() {
            Declaratiebericht.Prestatie march =
                    with(debit("RN2"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 4, "04", 1250L, 5000);
            assertThat(new TR416().check(of(debit("RN1"), march))).isEmpty();
        }

        @Test
        void tr416RejectsTwoDebitsForOnePeriodProductAndToewijzing() {
            assertThat(new TR416().check(of(debit("RN1"), debit("RN2")))).hasSize(1);
        }
    }

    @Nested
    class TR335Test {
        @Test
        void tr335AcceptsARecentPeriod() {
            assertThat(new TR335().check(VALID)).isEmpty();
        }

        @Test
        void tr335RejectsAPeriodMoreThanFiveYearsOld() {
            LocalDate old = LocalDate.of(2021, 3, 1);
            assertThat(new TR335().check(of(with(debit("RN1"), old, old.plusDays(30), 4, "04", 1250L, 5000))))
                    .hasSize(1);
        }
    }

    @Nested
    class TR137Test {
        @Test
        void tr137AcceptsPeriodsEndingBeforeTheDagtekening() {
            assertThat(new TR137().check(VALID)).isEmpty();
        }

        @Test
        void tr137RejectsAPeriodEndingAfterTheDagtekening() {
            assertThat(new TR137()
                            .check(valid323()
                                    .dagtekening(LocalDate.of(2026, 4, 20))
                                    .build()))
                    .extracting(Finding::path)
                    .containsExactly("Declaratie", "Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]");
        }
    }

    @Nested
    class TR101Test {
        @Test
        void tr101AcceptsDistinctKeys() {
            assertThat(new TR101()
                            .check(valid323().client("999900018", debit("RN2")).build()))
                    .isEmpty();
        }

        @Test
        void tr101RejectsADuplicateReferenceAndClient() {
            assertThat(new TR101()
                            .check(valid323().client("999900006", debit("RN1")).build()))
                    .extracting(Finding::path)
                    .containsExactly(
                            "Declaratie/Clienten/Client[2]", "Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]");
        }
    }
}
