package nl.ketenhub.benchmark;

import static nl.ketenhub.declaratie.Declaratie323Xml.declaratie;
import static nl.ketenhub.declaratie.Declaratie323Xml.prestatie;
import static nl.ketenhub.hub.VerzoekScenarios.jw301;
import static nl.ketenhub.hub.VerzoekScenarios.jw302;
import static nl.ketenhub.hub.VerzoekScenarios.jw315;
import static nl.ketenhub.hub.VerzoekScenarios.jw319;
import static nl.ketenhub.hub.VerzoekScenarios.today;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.faults.Load;
import nl.ketenhub.regie.RegieBerichten;

/**
 * The benchmark's realistic mix (issue #4): whole trajectories of clients between gemeente 0384 and
 * aanbieder 42420001 (the demo partners on JMS with both an iJw contract, 55A11, and an iWmo one,
 * 01A01), built with the hub scenarios' message builders (iWmo by mirroring them, {@link Phase.Builder}).
 * A trajectory as the hub sees it: 315 (the hub answers 316 in the gemeente's name) → 319 → 301 →
 * 302 → 305 (306) → one 323 per month of care (the hub's 325) → 307 (308). Messages that depend on
 * an earlier step's outcome go in a later phase; every phase runs over all clients at once and names
 * exactly which outcomes each partner must receive ({@link #buildStaggered}: over one cohort of the
 * clients, the cohorts one phase apart). All 323s of a phase declare the same month, as
 * TR318 wants the aanbieder's DeclaratiePeriodes to go forward month by month.
 *
 * <p>Proportions, per trajectory i (deterministic, so counts repeat exactly): half iJw, half iWmo
 * (i odd); 40 % start with a request 315 (i % 5 < 2), of which one in eight is refused with a 319
 * (VerzoekAntwoord 1, the trajectory ends there) and half of the others first get a 319 "in
 * onderzoek"; every other trajectory gets a 301 (with ReferentieAanbieder when it honours a request),
 * the aanbieder's approving 302 and a 305; then 1 to 6 monthly 323s (March-August 2026, on
 * average 3.5); 30 % stop with a 307 at the end of their last declared month. Faulty, rejected with a
 * retour and not forwarded: a 301 whose BSN fails the 11-proef (CS002) for 10 % of the trajectories,
 * a 305 on an unknown ToewijzingNummer (9019) for another 10 %. Per 20 trajectories that is about 8
 * 315, 4.5 319, 19 301, 19 302, 19 305, 66.5 323, 5.7 307 and 4 faulty messages (2.7 %).
 */
final class Trajectories {

    /** The measured run's aanbieder; the warm-up sends as others ({@link WarmUpAanbieders}). */
    static final String AANBIEDER = "42420001";

    static final String GEMEENTE_IN = in("0384");
    static final String AANBIEDER_IN = in(AANBIEDER);
    static final String GEMEENTE_OUT = out("0384");
    static final String AANBIEDER_OUT = out(AANBIEDER);

    /** Months with a 323 at most; the first declared month is {@link #FIRST_MONTH}. */
    static final int MONTHS = 6;

    /** About this many 9999xxxxx BSNs pass the 11-proef ({@link Load#bsn(int)}). */
    private static final int MAX_BSN = 9000;

    /**
     * The first month of care and of the 323s; March, so that three staggered cohorts of six months
     * still declare only months whose 323 (dated the 6th of the next month) is not in the future.
     */
    static final YearMonth FIRST_MONTH = YearMonth.of(2026, 3);

    /** A 323 is dated this day of the month after the one it declares. */
    private static final int DAGTEKENING_DAY = 6;

    private static final String EIND = "2026-12-31";

    private record Client(int index, Standaard standaard, String bsn, long nummer, String referentie) {
        boolean wmo() {
            return standaard == Standaard.IWMO;
        }

        boolean requested() {
            return index % 5 < 2;
        }

        boolean refused() {
            return index % 40 == 0 || index % 40 == 21;
        }

        boolean inOnderzoek() {
            return index % 5 == 0 && !refused();
        }

        int months() {
            return refused() ? 0 : 1 + (index / 2) % MONTHS;
        }

        boolean stopped() {
            return !refused() && (index % 10 == 2 || index % 10 == 5 || index % 10 == 9);
        }

        boolean faulty301() {
            return index % 20 == 3 || index % 20 == 14;
        }

        boolean faulty305() {
            return index % 20 == 7 || index % 20 == 16;
        }

        /** How many messages this client's trajectory sends with at most {@code months} 323s. */
        int messages(int maxMonths) {
            int n = requested() ? 1 : 0;
            n += inOnderzoek() || refused() ? 1 : 0;
            n += refused() ? 0 : 3 + Math.min(months(), maxMonths) + (stopped() ? 1 : 0);
            return n + (faulty301() ? 1 : 0) + (faulty305() ? 1 : 0);
        }
    }

    private final String run;
    private final AtomicInteger sequence;
    private int trajectories;
    private int jwClients;
    private int wmoClients;

    Trajectories(String run, AtomicInteger sequence) {
        this.run = run;
        this.sequence = sequence;
    }

    /**
     * Fresh trajectories (new clients, numbers and Identificaties on every call) until about
     * {@code messages} messages, with at most {@code maxMonths} 323s each, as phases.
     */
    List<Phase> build(int messages, int maxMonths) throws Exception {
        return phases(clients(messages, maxMonths), maxMonths, FIRST_MONTH, AANBIEDER);
    }

    /**
     * As {@link #build}, with the clients dealt round-robin into {@code cohorts} groups whose
     * trajectories start one phase apart: tick t holds phase t - c of every cohort c, so each step
     * still waits for the outcome it depends on, but the hub gets the next steps of other clients
     * meanwhile instead of draining to nothing at every step. Cohort c's care starts c months after
     * the first month, and every 323 of a tick declares the same month, one month per tick, so the
     * aanbieder's DeclaratiePeriodes still go forward month by month (TR318). One cohort is {@link #build}.
     */
    List<Phase> buildStaggered(int messages, int maxMonths, int cohorts, LocalDate today) throws Exception {
        return buildStaggered(messages, maxMonths, cohorts, today, AANBIEDER);
    }

    /**
     * As {@link #buildStaggered(int, int, int, LocalDate)}, with {@code aanbieder} in the place of
     * 42420001: its own queues, and its code wherever the messages name 42420001. Its DeclaratiePeriodes
     * are its own (TR318), so a warm-up round as another aanbieder can declare the measured run's months.
     */
    List<Phase> buildStaggered(int messages, int maxMonths, int cohorts, LocalDate today, String aanbieder)
            throws Exception {
        YearMonth last = FIRST_MONTH.plusMonths(cohorts - 1L + maxMonths - 1L);
        if (last.plusMonths(1).atDay(DAGTEKENING_DAY).isAfter(today)) {
            throw new IllegalArgumentException(cohorts + " cohorts of up to " + maxMonths
                    + " months declare up to " + last + ", whose 323 would be dated in the future (TR135): "
                    + "ask for fewer cohorts or months");
        }
        List<Client> clients = clients(messages, maxMonths);
        List<List<Phase>> staggered = new ArrayList<>();
        for (int c = 0; c < cohorts; c++) {
            int cohort = c;
            List<Client> members = IntStream.range(0, clients.size())
                    .filter(i -> i % cohorts == cohort)
                    .mapToObj(clients::get)
                    .toList();
            staggered.add(phases(members, maxMonths, FIRST_MONTH.plusMonths(c), aanbieder));
        }
        int steps = staggered.get(0).size();
        List<Phase> ticks = new ArrayList<>();
        for (int t = 0; t < steps + cohorts - 1; t++) {
            List<Phase> together = new ArrayList<>();
            for (int c = 0; c < cohorts; c++) {
                if (t - c >= 0 && t - c < steps) {
                    together.add(staggered.get(c).get(t - c));
                }
            }
            ticks.add(Phase.together("t" + t, together));
        }
        return ticks;
    }

    private List<Client> clients(int messages, int maxMonths) {
        List<Client> clients = new ArrayList<>();
        for (int total = 0; total < messages; ) {
            Client client = next();
            clients.add(client);
            total += client.messages(maxMonths);
        }
        return clients;
    }

    /** The phases of these clients' trajectories with the aanbieder, care from the first day of {@code first}. */
    private List<Phase> phases(List<Client> clients, int maxMonths, YearMonth first, String aanbieder)
            throws Exception {
        String aanbiederIn = in(aanbieder);
        String aanbiederOut = out(aanbieder);
        String ingang = first.atDay(1).toString();
        String start = first.atDay(3).toString();
        List<Phase> phases = new ArrayList<>();
        Phase.Builder p = new Phase.Builder("315");
        for (Client c : clients.stream().filter(Client::requested).toList()) {
            p.send(aanbiederIn, "315", c.standaard(), jw315(id(), c.bsn(), c.referentie(), ingang, EIND));
            p.expect(aanbiederOut, c.standaard(), 316, false).expect(GEMEENTE_OUT, c.standaard(), 315, false);
        }
        phases.add(p.phase());
        p = new Phase.Builder("319");
        for (Client c :
                clients.stream().filter(c -> c.inOnderzoek() || c.refused()).toList()) {
            String antwoord =
                    c.refused() ? jw319(id(), c.referentie(), "1", "7") : jw319(id(), c.referentie(), "2", null);
            p.send(GEMEENTE_IN, "319", c.standaard(), antwoord).expect(aanbiederOut, c.standaard(), 319, false);
        }
        phases.add(p.phase());
        List<Client> assigned = clients.stream().filter(c -> !c.refused()).toList();
        List<String> toewijzingIds = new ArrayList<>();
        p = new Phase.Builder("301");
        for (Client c : clients) {
            if (!c.refused()) {
                String id = id();
                toewijzingIds.add(id);
                String referentie = c.requested() ? c.referentie() : null;
                p.send(
                        GEMEENTE_IN,
                        "301",
                        c.standaard(),
                        jw301(id, c.bsn(), c.nummer(), referentie, "10:00:00", ingang, EIND));
                p.expect(aanbiederOut, c.standaard(), 301, false);
            }
            if (c.faulty301()) {
                String bsn = "999900007"; // fails the 11-proef
                long nummer = 800_000_000L + c.index();
                p.send(
                        GEMEENTE_IN,
                        "301 faulty (CS002)",
                        c.standaard(),
                        jw301(id(), bsn, nummer, null, "10:00:00", ingang, EIND));
                p.expect(GEMEENTE_OUT, c.standaard(), 302, true);
            }
        }
        phases.add(p.phase());
        p = new Phase.Builder("302");
        for (int i = 0; i < assigned.size(); i++) {
            Client c = assigned.get(i);
            p.send(aanbiederIn, "302", c.standaard(), jw302(toewijzingIds.get(i), today()));
            p.expect(GEMEENTE_OUT, c.standaard(), 302, false);
        }
        phases.add(p.phase());
        p = new Phase.Builder("305");
        for (Client c : clients) {
            if (!c.refused()) {
                p.send(
                        aanbiederIn,
                        "305",
                        c.standaard(),
                        RegieBerichten.start(c.bsn(), c.nummer(), start, "1", today())
                                .xml());
                p.expect(aanbiederOut, c.standaard(), 306, false).expect(GEMEENTE_OUT, c.standaard(), 305, false);
            }
            if (c.faulty305()) {
                long unknown = 900_000_000L + c.index();
                p.send(
                        aanbiederIn,
                        "305 faulty (9019)",
                        c.standaard(),
                        RegieBerichten.start(c.bsn(), unknown, start, "1", today())
                                .xml());
                p.expect(aanbiederOut, c.standaard(), 306, true);
            }
        }
        phases.add(p.phase());
        for (int m = 0; m < maxMonths; m++) {
            YearMonth month = first.plusMonths(m);
            p = new Phase.Builder("323 " + month);
            for (Client c : assigned) {
                if (c.months() > m) {
                    p.send(aanbiederIn, "323", c.standaard(), declaration(c, month));
                    p.expect(aanbiederOut, c.standaard(), 325, false).expect(GEMEENTE_OUT, c.standaard(), 323, false);
                }
            }
            phases.add(p.phase());
        }
        p = new Phase.Builder("307");
        for (Client c : assigned.stream().filter(Client::stopped).toList()) {
            String end = first.plusMonths(Math.min(c.months(), maxMonths) - 1)
                    .atEndOfMonth()
                    .toString();
            String reden = c.wmo() ? "19" : "31"; // levering volgens plan beëindigd (WMO588 / JZ588)
            p.send(
                    aanbiederIn,
                    "307",
                    c.standaard(),
                    RegieBerichten.stop(c.bsn(), c.nummer(), start, reden, end, today())
                            .xml());
            p.expect(aanbiederOut, c.standaard(), 308, false).expect(GEMEENTE_OUT, c.standaard(), 307, false);
        }
        phases.add(p.phase());
        if (aanbieder.equals(AANBIEDER)) {
            return phases;
        }
        return phases.stream().map(phase -> asAanbieder(phase, aanbieder)).toList();
    }

    /** The phase with {@code aanbieder}'s code wherever its messages name 42420001 (header, retour). */
    private static Phase asAanbieder(Phase phase, String aanbieder) {
        String code = ">" + AANBIEDER + "<";
        return new Phase(
                phase.name(),
                phase.messages().stream()
                        .map(m ->
                                new Phase.Outbound(m.queue(), m.label(), m.xml().replace(code, ">" + aanbieder + "<")))
                        .toList(),
                phase.expected());
    }

    static String in(String partner) {
        return "ketenhub." + partner + ".in";
    }

    static String out(String partner) {
        return "ketenhub." + partner + ".out";
    }

    /** Fresh clients still to be had: trajectories alternate iJw and iWmo, each with its own clients. */
    int clientsLeft() {
        int perStandaard = MAX_BSN - Load.CLIENTS;
        return 2 * Math.min(perStandaard - jwClients, perStandaard - wmoClients);
    }

    private Client next() {
        int index = trajectories++;
        Standaard standaard = index % 2 == 1 ? Standaard.IWMO : Standaard.IJW;
        // Load's first CLIENTS BSNs are the 301 load's (latency, fault tests): trajectories start after them
        int client = Load.CLIENTS + (standaard == Standaard.IWMO ? wmoClients++ : jwClients++);
        if (client >= MAX_BSN) {
            throw new IllegalStateException("more trajectories than test BSNs: ask for fewer messages");
        }
        return new Client(index, standaard, Load.bsn(client), 300_000_000L + index, "VOT-" + id());
    }

    private String id() {
        return "T" + run.substring(0, 3) + sequence.incrementAndGet();
    }

    /** The scenarios' April 323 of one prestatie (4 hours at 12.50) moved to the given month. */
    private String declaration(Client c, YearMonth month) {
        String id = id();
        String april = declaratie(id, id, 5000, c.bsn(), prestatie(id + "A", c.nummer(), "55A11", 4, "04", 1250));
        return april.replace("2026-04-01", month.atDay(1).toString())
                .replace("2026-04-30", month.atEndOfMonth().toString())
                .replace(
                        "2026-05-06", month.plusMonths(1).atDay(DAGTEKENING_DAY).toString());
    }
}
