package nl.ketenhub.declaratie;

import static nl.ketenhub.declaratie.Declaraties.APRIL;
import static nl.ketenhub.declaratie.Declaraties.END_OF_APRIL;
import static nl.ketenhub.declaratie.Declaraties.credit;
import static nl.ketenhub.declaratie.Declaraties.debit;
import static nl.ketenhub.declaratie.Declaraties.versie;
import static nl.ketenhub.declaratie.Level2RulesTest.with;
import static nl.ketenhub.declaratie.Zaken.zaak;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Level;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;
import nl.ketenhub.canonical.Uitvoeringsvariant;
import nl.ketenhub.partner.Contract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A positive and a negative test for every level 3 and 4 rule of the 323. */
class Level3RulesTest {

    private static final Declaratiebericht.Prestatie GOOD = debit("RN1");

    static Versie periode(LocalDate ingang, LocalDate einde) {
        Versie v = versie();
        return new Versie(v.product(), ingang, einde, v.redenWijziging(), v.omvang(), v.budget());
    }

    static Versie omvang(Omvang omvang) {
        Versie v = versie();
        return new Versie(v.product(), v.ingang(), v.einde(), null, omvang, null);
    }

    static Contract contract(String code, Long tarief, String eenheid) {
        return new Contract(
                "0384",
                "42420001",
                Standaard.IJW,
                "55",
                code,
                LocalDate.of(2026, 1, 1),
                null,
                Uitvoeringsvariant.INSPANNINGSGERICHT,
                tarief,
                eenheid);
    }

    static Claim claim(Declaratiebericht.Prestatie p) {
        return Claim.of(p);
    }

    private static void finds(Optional<Finding> finding, String rule, String code) {
        assertThat(finding).hasValueSatisfying(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.retourCode()).isEqualTo(code);
            assertThat(f.path()).isEqualTo(Zaken.PATH);
        });
    }

    @Nested
    class TR338Test {
        @Test
        void tr338AcceptsAKnownToewijzing() {
            assertThat(new TR338().check(zaak(GOOD, versie()))).isEmpty();
        }

        @Test
        void tr338RejectsAnUnknownToewijzingOrOneOfAnotherAanbieder() {
            finds(new TR338().check(zaak(GOOD, null)), "TR338", "9338");
            PrestatieZaak other = zaak(GOOD, versie());
            PrestatieZaak otherAanbieder = new PrestatieZaak(
                    other.bericht(),
                    other.path(),
                    GOOD,
                    7L,
                    new Toewijzingstand(1001, 7L, "65656055", versie(), List.of()),
                    other.log(),
                    List.of());
            finds(new TR338().check(otherAanbieder), "TR338", "9338");
        }
    }

    @Nested
    class TR304Test {
        @Test
        void tr304AcceptsTheToewijzingOfThisClient() {
            assertThat(new TR304().check(zaak(GOOD, versie()))).isEmpty();
        }

        @Test
        void tr304RejectsTheToewijzingOfAnotherClient() {
            PrestatieZaak z = zaak(GOOD, versie());
            PrestatieZaak otherClient =
                    new PrestatieZaak(z.bericht(), z.path(), GOOD, 8L, z.toewijzing(), z.log(), List.of());
            finds(new TR304().check(otherClient), "TR304", "8187");
        }
    }

    @Nested
    class TR384Test {
        @Test
        void tr384AcceptsAToewijzingInForce() {
            assertThat(new TR384().check(zaak(GOOD, versie()))).isEmpty();
        }

        @Test
        void tr384RejectsADeletedToewijzing() {
            Versie deleted = new Versie(new Product("55", "55A11"), APRIL, APRIL, "13", new Omvang(2, "04", "2"), null);
            finds(new TR384().check(zaak(GOOD, deleted)), "TR384", "9384");
        }
    }

    @Nested
    class TR307Test {
        @Test
        void tr307AcceptsAStartWithinTheToewijzing() {
            assertThat(new TR307().check(zaak(GOOD, versie()))).isEmpty();
        }

        @Test
        void tr307RejectsAStartBeforeTheCurrentIngangsdatum() {
            finds(new TR307().check(zaak(GOOD, periode(APRIL.plusDays(10), null))), "TR307", "9307");
        }
    }

    @Nested
    class TR308Test {
        @Test
        void tr308AcceptsAnEndWithinTheToewijzing() {
            assertThat(new TR308().check(zaak(GOOD, periode(APRIL, null)))).isEmpty();
        }

        @Test
        void tr308RejectsAnEndAfterTheCurrentEinddatum() {
            finds(new TR308().check(zaak(GOOD, periode(APRIL, APRIL.plusDays(14)))), "TR308", "9308");
        }
    }

    @Nested
    class TR387Test {
        @Test
        void tr387AcceptsTheFirstOrALaterIngangsdatum() {
            assertThat(new TR387().check(zaak(GOOD, versie()))).isEmpty();
            Declaratiebericht.Prestatie late = with(GOOD, APRIL.plusDays(9), END_OF_APRIL, 4, "04", 1250L, 5000);
            assertThat(new TR387().check(zaak(late, periode(APRIL.plusDays(9), null))))
                    .isEmpty();
        }

        @Test
        void tr387RejectsAStartAfterTheFirst() {
            Declaratiebericht.Prestatie late = with(GOOD, APRIL.plusDays(9), END_OF_APRIL, 4, "04", 1250L, 5000);
            finds(new TR387().check(zaak(late, versie())), "TR387", "9387");
        }
    }

    @Nested
    class TR388Test {
        @Test
        void tr388AcceptsTheLastDayOrAnEarlierEinddatum() {
            assertThat(new TR388().check(zaak(GOOD, versie()))).isEmpty();
            Declaratiebericht.Prestatie early = with(GOOD, APRIL, APRIL.plusDays(14), 4, "04", 1250L, 5000);
            assertThat(new TR388().check(zaak(early, periode(APRIL, APRIL.plusDays(14)))))
                    .isEmpty();
        }

        @Test
        void tr388RejectsAnEndBeforeTheLastDay() {
            Declaratiebericht.Prestatie early = with(GOOD, APRIL, APRIL.plusDays(14), 4, "04", 1250L, 5000);
            finds(new TR388().check(zaak(early, versie())), "TR388", "9388");
        }
    }

    @Nested
    class TR339Test {
        @Test
        void tr339AcceptsTheAssignedCategoryAndAGenericToewijzing() {
            assertThat(new TR339().check(zaak(GOOD, versie()))).isEmpty();
            Versie generic = new Versie(null, APRIL, END_OF_APRIL, null, null, 100000L);
            assertThat(new TR339().check(zaak(GOOD, generic))).isEmpty();
        }

        @Test
        void tr339RejectsAnotherCategory() {
            Versie v45 = new Versie(new Product("45", "55A11"), APRIL, null, null, new Omvang(2, "04", "2"), null);
            finds(new TR339().check(zaak(GOOD, v45)), "TR339", "9339");
        }
    }

    @Nested
    class TR340Test {
        @Test
        void tr340AcceptsTheAssignedCodeAndAnAspecificToewijzing() {
            assertThat(new TR340().check(zaak(GOOD, versie()))).isEmpty();
            Versie aspecific = new Versie(new Product("55", null), APRIL, null, null, null, null);
            assertThat(new TR340().check(zaak(GOOD, aspecific))).isEmpty();
        }

        @Test
        void tr340RejectsAnotherCode() {
            Versie other = new Versie(new Product("55", "55A12"), APRIL, null, null, new Omvang(2, "04", "2"), null);
            finds(new TR340().check(zaak(GOOD, other)), "TR340", "9340");
        }
    }

    @Nested
    class TR341Test {
        @Test
        void tr341AcceptsTheAssignedUnitAndMinutesForHours() {
            assertThat(new TR341().check(zaak(GOOD, versie()))).isEmpty();
            Declaratiebericht.Prestatie minutes = with(GOOD, APRIL, END_OF_APRIL, 240, "01", 21L, 5000);
            assertThat(new TR341().check(zaak(minutes, versie()))).isEmpty();
        }

        @Test
        void tr341RejectsAnotherUnit() {
            Declaratiebericht.Prestatie dagdelen = with(GOOD, APRIL, END_OF_APRIL, 1, "16", 5000L, 5000);
            finds(new TR341().check(zaak(dagdelen, versie())), "TR341", "9341");
        }

        @Test
        void tr341UsesTheContractUnitForAnAspecificToewijzing() {
            Versie aspecific = new Versie(new Product("55", null), APRIL, null, null, null, null);
            List<Contract> perDagdeel = List.of(contract(null, 5000L, "16"));
            assertThat(new TR341().check(zaak(GOOD, aspecific, List.of(), Prestatielog.empty(), List.of())))
                    .isEmpty();
            finds(
                    new TR341().check(zaak(GOOD, aspecific, List.of(), Prestatielog.empty(), perDagdeel)),
                    "TR341",
                    "9341");
        }
    }

    @Nested
    class TR321Test {
        @Test
        void tr321AcceptsTheWeeklyVolumeOfTheWeeksInTheMonth() {
            // April 2026 touches 5 ISO weeks: 2 hours a week allows 10 hours or 600 minutes
            Declaratiebericht.Prestatie ten = with(GOOD, APRIL, END_OF_APRIL, 10, "04", 1250L, 12500);
            assertThat(new TR321().check(zaak(ten, versie()))).isEmpty();
            Declaratiebericht.Prestatie minutes = with(GOOD, APRIL, END_OF_APRIL, 600, "01", 21L, 12500);
            assertThat(new TR321().check(zaak(minutes, versie()))).isEmpty();
        }

        @Test
        void tr321RejectsMoreThanThePeriodAllows() {
            Declaratiebericht.Prestatie eleven = with(GOOD, APRIL, END_OF_APRIL, 11, "04", 1250L, 13750);
            finds(new TR321().check(zaak(eleven, versie())), "TR321", "9321");
        }
    }

    @Nested
    class TR322Test {
        @Test
        void tr322AcceptsClaimsWithinTheTotal() {
            Versie tbgt = omvang(new Omvang(20, "04", "6"));
            List<Claim> earlier = List.of(
                    claim(with(debit("RN0"), APRIL.minusMonths(1), APRIL.minusDays(1), 16, "04", 1250L, 20000)));
            assertThat(new TR322().check(zaak(GOOD, tbgt, earlier, Prestatielog.empty(), List.of())))
                    .isEmpty();
        }

        @Test
        void tr322RejectsClaimsOverTheTotal() {
            Versie tbgt = omvang(new Omvang(20, "04", "6"));
            List<Claim> earlier = List.of(
                    claim(with(debit("RN0"), APRIL.minusMonths(1), APRIL.minusDays(1), 17, "04", 1250L, 21250)));
            finds(new TR322().check(zaak(GOOD, tbgt, earlier, Prestatielog.empty(), List.of())), "TR322", "9322");
        }
    }

    @Nested
    class TR369Test {
        @Test
        void tr369AcceptsClaimsWithinTheBudget() {
            Versie budget = new Versie(new Product("55", null), APRIL, END_OF_APRIL, null, null, 5000L);
            assertThat(new TR369().check(zaak(GOOD, budget))).isEmpty();
        }

        @Test
        void tr369RejectsClaimsOverTheBudget() {
            Versie budget = new Versie(new Product("55", null), APRIL, END_OF_APRIL, null, null, 9999L);
            List<Claim> earlier = List.of(claim(debit("RN0")));
            finds(new TR369().check(zaak(GOOD, budget, earlier, Prestatielog.empty(), List.of())), "TR369", "9369");
        }
    }

    @Nested
    class TR314Test {
        @Test
        void tr314AcceptsANewReference() {
            assertThat(new TR314().check(zaak(GOOD, versie()))).isEmpty();
        }

        @Test
        void tr314RejectsAReferenceSubmittedBefore() {
            Prestatielog log = new Prestatielog(Set.of("RN1"), Set.of(), Set.of());
            finds(new TR314().check(zaak(GOOD, versie(), List.of(), log, List.of())), "TR314", "8021");
        }
    }

    @Nested
    class TR323Test {
        @Test
        void tr323AcceptsACreditOfAnApprovedDebit() {
            Prestatielog log = new Prestatielog(Set.of("RN0"), Set.of("RN0"), Set.of());
            assertThat(new TR323().check(zaak(credit("RN1", "RN0"), versie(), List.of(), log, List.of())))
                    .isEmpty();
        }

        @Test
        void tr323RejectsACreditWithoutApprovedDebit() {
            Prestatielog rejectedDebit = new Prestatielog(Set.of("RN0"), Set.of(), Set.of());
            finds(
                    new TR323().check(zaak(credit("RN1", "RN0"), versie(), List.of(), rejectedDebit, List.of())),
                    "TR323",
                    "8017");
        }
    }

    @Nested
    class TR390Test {
        @Test
        void tr390AcceptsTheFirstCredit() {
            assertThat(new TR390().check(zaak(credit("RN1", "RN0"), versie()))).isEmpty();
        }

        @Test
        void tr390RejectsASecondCredit() {
            Prestatielog credited = new Prestatielog(Set.of("RN0"), Set.of("RN0"), Set.of("RN0"));
            finds(
                    new TR390().check(zaak(credit("RN1", "RN0"), versie(), List.of(), credited, List.of())),
                    "TR390",
                    "9390");
        }
    }

    @Nested
    class TR389Test {
        @Test
        void tr389AcceptsADebitForAnotherMonth() {
            List<Claim> march =
                    List.of(claim(with(debit("RN0"), APRIL.minusMonths(1), APRIL.minusDays(1), 4, "04", 1250L, 5000)));
            assertThat(new TR389().check(zaak(GOOD, versie(), march, Prestatielog.empty(), List.of())))
                    .isEmpty();
        }

        @Test
        void tr389RejectsASecondDebitForTheSamePeriod() {
            List<Claim> april = List.of(claim(debit("RN0")));
            finds(new TR389().check(zaak(GOOD, versie(), april, Prestatielog.empty(), List.of())), "TR389", "9389");
        }
    }

    @Nested
    class TR319Test {
        @Test
        void tr319AcceptsAnEarlierProductPeriode() {
            Declaratiebericht.Prestatie march =
                    with(GOOD, APRIL.minusMonths(1), APRIL.minusDays(1), 4, "04", 1250L, 5000);
            assertThat(new TR319().check(zaak(march, versie()))).isEmpty();
        }

        @Test
        void tr319RejectsAProductPeriodeAfterTheDeclaratiePeriode() {
            Declaratiebericht.Prestatie may =
                    with(GOOD, APRIL.plusMonths(1), END_OF_APRIL.plusDays(31), 4, "04", 1250L, 5000);
            finds(new TR319().check(zaak(may, versie())), "TR319", "9319");
        }
    }

    @Nested
    class TR418Test {
        @Test
        void tr418AcceptsTheContractTariffAndItsMinuteRate() {
            List<Contract> contracts = List.of(contract("55A11", 1250L, "04"));
            assertThat(new TR418().check(zaak(GOOD, versie(), List.of(), Prestatielog.empty(), contracts)))
                    .isEmpty();
            Declaratiebericht.Prestatie minutes = with(GOOD, APRIL, END_OF_APRIL, 240, "01", 21L, 5000);
            assertThat(new TR418().check(zaak(minutes, versie(), List.of(), Prestatielog.empty(), contracts)))
                    .isEmpty();
        }

        @Test
        void tr418RejectsAnotherTariff() {
            List<Contract> contracts = List.of(contract("55A11", 1300L, "04"));
            Optional<Finding> finding =
                    new TR418().check(zaak(GOOD, versie(), List.of(), Prestatielog.empty(), contracts));
            finds(finding, "TR418", "0611");
            assertThat(finding.get().level()).isEqualTo(Level.EXTERNAL);
        }
    }

    @Nested
    class TR346Test {
        @Test
        void tr346AcceptsVolumeTimesTariffAndTheMinuteRounding() {
            assertThat(new TR346().check(zaak(GOOD, versie()))).isEmpty();
            // 1250 an hour: 21 a minute; 100 minutes = round(1250 x 100 / 60) = 2083 (IV081)
            Declaratiebericht.Prestatie minutes = with(GOOD, APRIL, END_OF_APRIL, 100, "01", 21L, 2083);
            assertThat(new TR346().check(zaak(minutes, versie()))).isEmpty();
        }

        @Test
        void tr346RejectsAnotherAmount() {
            Declaratiebericht.Prestatie wrong = with(GOOD, APRIL, END_OF_APRIL, 4, "04", 1250L, 5001);
            finds(new TR346().check(zaak(wrong, versie())), "TR346", "9346");
            Declaratiebericht.Prestatie wrongMinutes = with(GOOD, APRIL, END_OF_APRIL, 100, "01", 21L, 2200);
            finds(new TR346().check(zaak(wrongMinutes, versie())), "TR346", "9346");
        }
    }

    @Nested
    class TR333Test {
        @Test
        void tr333AcceptsANewDeclaratieNummer() {
            assertThat(new TR333().check(Declaraties.valid323().build(), stand(false, null)))
                    .isEmpty();
        }

        @Test
        void tr333RejectsAUsedDeclaratieNummer() {
            assertThat(new TR333().check(Declaraties.valid323().build(), stand(true, null)))
                    .hasValueSatisfying(f -> assertThat(f.retourCode()).isEqualTo("9333"))
                    .hasValueSatisfying(f -> assertThat(f.path()).isEqualTo("Declaratie"));
        }
    }

    @Nested
    class TR318Test {
        @Test
        void tr318AcceptsTheNextOrTheSameMonthOrASkippedMonthWithoutToewijzing() {
            Declaratiebericht april = Declaraties.valid323().build();
            assertThat(new TR318().check(april, stand(false, YearMonth.of(2026, 3))))
                    .isEmpty();
            assertThat(new TR318().check(april, stand(false, YearMonth.of(2026, 4))))
                    .isEmpty();
            Stand fromApril = new Stand(
                    Map.of(),
                    Map.of(1001L, new Toewijzingstand(1001, 7L, "42420001", periode(APRIL, null), List.of())),
                    Prestatielog.empty(),
                    List.of(),
                    false,
                    YearMonth.of(2026, 2));
            assertThat(new TR318().check(april, fromApril)).isEmpty();
        }

        @Test
        void tr318RejectsGoingBackAndSkippingAMonthWithAToewijzing() {
            Declaratiebericht april = Declaraties.valid323().build();
            assertThat(new TR318().check(april, stand(false, YearMonth.of(2026, 5))))
                    .hasValueSatisfying(f -> assertThat(f.retourCode()).isEqualTo("8214"));
            assertThat(new TR318().check(april, stand(false, YearMonth.of(2026, 2))))
                    .hasValueSatisfying(f -> assertThat(f.retourCode()).isEqualTo("8214"));
        }
    }

    static Stand stand(boolean nummerBekend, YearMonth laatste) {
        return new Stand(
                Map.of("999900006", 7L),
                new java.util.HashMap<>(
                        Map.of(1001L, new Toewijzingstand(1001, 7L, "42420001", versie(), new ArrayList<>()))),
                Prestatielog.empty(),
                List.of(),
                nummerBekend,
                laatste);
    }
}
