package nl.ketenhub.toewijzing;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.ketenhub.canonical.Clients;
import nl.ketenhub.canonical.Declaratie;
import nl.ketenhub.canonical.DeclaratieRepository;
import nl.ketenhub.canonical.Prestatie;
import nl.ketenhub.canonical.PrestatieRepository;
import nl.ketenhub.canonical.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;
import testsupport.JpaTestConfiguration;

/**
 * The 301 components that read or write canonical state, on a private H2 database (one context
 * shared by the subclasses; every test rolls back and uses its own BSN and numbers).
 */
@SpringBootTest(
        classes = {JpaTestConfiguration.class, ToewijzingStore.class, TR332.class, TR385.class, Stapeling.class})
@Transactional
abstract class ToewijzingStateTestSupport {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, "toewijzing_state");
    }

    @Autowired
    ToewijzingStore store;

    @Autowired
    Clients clients;

    @Autowired
    DeclaratieRepository declaraties;

    @Autowired
    PrestatieRepository prestaties;

    /** A fresh ToewijzingNummer. */
    static long nummer() {
        return 500_000_000L + SEQUENCE.incrementAndGet();
    }

    /** A fresh test BSN: 9999xxxxx passing the 11-proef. */
    static String bsn() {
        while (true) {
            String first8 = Long.toString(99990000L + SEQUENCE.incrementAndGet() % 10000);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (first8.charAt(i) - '0');
            }
            if (sum % 11 < 10) {
                return first8 + sum % 11;
            }
        }
    }

    /** A 301 the hub accepted: its products become versions. */
    void accepted(Toewijzing301Builder bericht) {
        stored(bericht.build(), UUID.randomUUID());
    }

    /** The store's part of an accepted 301, as the handler calls it: the known toewijzingen first. */
    void stored(Toewijzingbericht bericht, UUID berichtId) {
        store.apply(bericht, berichtId, store.known(bericht));
    }

    /** A prestatie of aanbieder 42420001 for gemeente 0384 (iJw) on the toewijzing, with a verdict. */
    Prestatie prestatie(
            String bsn,
            long toewijzingnummer,
            String referentie,
            String debetCredit,
            String vorige,
            Prestatie.Status status) {
        Declaratie declaratie = declaraties.save(new Declaratie(
                "42420001",
                "0384",
                nl.ketenhub.bericht.Standaard.IJW,
                "D" + SEQUENCE.incrementAndGet(),
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30),
                UUID.randomUUID()));
        Prestatie prestatie = new Prestatie(
                        declaratie,
                        clients.findOrCreate("0384", nl.ketenhub.bericht.Standaard.IJW, bsn),
                        referentie,
                        vorige,
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 4, 30),
                        8,
                        "04",
                        10000,
                        debetCredit)
                .setToewijzingnummer(toewijzingnummer);
        prestatie.setStatus(status);
        // flushed, as the pipeline flushes after every message: TR385 reads prestaties in plain SQL
        return prestaties.saveAndFlush(prestatie);
    }
}
