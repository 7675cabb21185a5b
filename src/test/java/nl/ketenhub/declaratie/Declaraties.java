package nl.ketenhub.declaratie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;

/** Test data: a valid JW323 of April 2026 from 42420001 to 0384 and builders to break it. */
final class Declaraties {

    static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    static final LocalDate END_OF_APRIL = LocalDate.of(2026, 4, 30);

    private Declaraties() {}

    /** 4 hours of 55A11 at 1250 on toewijzing 1001 in April 2026. */
    static Declaratiebericht.Prestatie debit(String referentie) {
        return new Declaratiebericht.Prestatie(
                referentie, null, 1001, "55", "55A11", APRIL, END_OF_APRIL, 4, "04", 1250L, 5000, "D");
    }

    static Declaratiebericht.Prestatie credit(String referentie, String vorig) {
        return new Declaratiebericht.Prestatie(
                referentie, vorig, 1001, "55", "55A11", APRIL, END_OF_APRIL, 4, "04", 1250L, 5000, "C");
    }

    static Builder valid323() {
        return new Builder().client("999900006", debit("RN1"));
    }

    static Declaratiebericht of(Declaratiebericht.Prestatie... prestaties) {
        return new Builder().client("999900006", prestaties).build();
    }

    /** A current toewijzing 1001 for 55A11, 2026, 2 hours a week. */
    static Versie versie() {
        return new Versie(
                new Product("55", "55A11"),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                new Omvang(2, "04", "2"),
                null);
    }

    static BerichtHeader header(BerichtType type) {
        return new BerichtHeader(type, "42420001", "0384", "ID323", LocalDate.of(2026, 5, 6), "1.0.0", "1.0.0");
    }

    static final class Builder {
        private BerichtType type = BerichtType.JW323;
        private String nummer = "DN1";
        private LocalDate begin = APRIL;
        private LocalDate eind = END_OF_APRIL;
        private LocalDate dagtekening = LocalDate.of(2026, 5, 6);
        private Long totaal;
        private String totaalDc;
        private final List<Declaratiebericht.Client> clienten = new ArrayList<>();

        Builder type(BerichtType type) {
            this.type = type;
            return this;
        }

        Builder nummer(String nummer) {
            this.nummer = nummer;
            return this;
        }

        Builder periode(LocalDate begin, LocalDate eind) {
            this.begin = begin;
            this.eind = eind;
            return this;
        }

        Builder dagtekening(LocalDate dagtekening) {
            this.dagtekening = dagtekening;
            return this;
        }

        Builder totaal(long totaal, String dc) {
            this.totaal = totaal;
            this.totaalDc = dc;
            return this;
        }

        Builder client(String bsn, Declaratiebericht.Prestatie... prestaties) {
            clienten.add(new Declaratiebericht.Client(bsn, List.of(prestaties)));
            return this;
        }

        Builder clearClients() {
            clienten.clear();
            return this;
        }

        /** TotaalIngediendBedrag is the correct sum unless set. */
        Declaratiebericht build() {
            long sum = clienten.stream()
                    .flatMap(c -> c.prestaties().stream())
                    .mapToLong(Declaratiebericht.Prestatie::signedBedrag)
                    .sum();
            long amount = totaal != null ? totaal : Math.abs(sum);
            String dc = totaalDc != null ? totaalDc : sum < 0 ? "C" : "D";
            return new Declaratiebericht(header(type), nummer, begin, eind, dagtekening, amount, dc, clienten);
        }
    }
}
