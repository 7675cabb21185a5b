package nl.ketenhub.regie;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.canonical.Product;
import nl.ketenhub.regie.RegieContext.BekendeToewijzing;
import nl.ketenhub.toewijzing.Geboortedatum;

/**
 * Test data modelled on the published JW305/JW307 samples (fictitious): aanbieder 42420001 starts
 * and stops toewijzing 300201 (55/55A11) of gemeente 0384; client id 7 in the canonical set.
 */
final class RegieTestData {

    static final long NUMMER = 300201;
    static final Product PRODUCT = new Product("55", "55A11");
    static final LocalDate TOEWIJZING_INGANG = LocalDate.of(2026, 4, 1);
    static final LocalDate BEGIN = LocalDate.of(2026, 4, 3);
    static final LocalDate DAGTEKENING = LocalDate.of(2026, 7, 20);
    static final Long CLIENT = 7L;
    static final String AANBIEDER = "42420001";

    private RegieTestData() {}

    static StartProduct start(LocalDate begindatum, String status) {
        return new StartProduct(NUMMER, PRODUCT, TOEWIJZING_INGANG, begindatum, status);
    }

    static StartProduct start() {
        return start(BEGIN, "1");
    }

    static StopProduct stop(LocalDate begindatum, String reden, LocalDate einddatum, String status) {
        return new StopProduct(NUMMER, PRODUCT, TOEWIJZING_INGANG, begindatum, reden, einddatum, status);
    }

    static StopProduct stop(String reden, LocalDate einddatum) {
        return stop(BEGIN, reden, einddatum, "1");
    }

    static Startbericht startbericht(StartProduct... producten) {
        return startbericht("999900006", new Geboortedatum(LocalDate.of(2010, 2, 14), null), producten);
    }

    static Startbericht startbericht(String bsn, Geboortedatum geboortedatum, StartProduct... producten) {
        return new Startbericht(header(BerichtType.JW305), bsn, geboortedatum, List.of(producten));
    }

    static Stopbericht stopbericht(StopProduct... producten) {
        return new Stopbericht(
                header(BerichtType.JW307),
                "999900006",
                new Geboortedatum(LocalDate.of(2010, 2, 14), null),
                List.of(producten));
    }

    static BerichtHeader header(BerichtType type) {
        return new BerichtHeader(type, AANBIEDER, "0384", "REGIE1", DAGTEKENING, "1.0.0", "1.0.0");
    }

    static RegieState state(RegieKlasse... applied) {
        return RegieState.replay(List.of(applied));
    }

    /** Toewijzing 300201 of client 7, delivered to 42420001. */
    static RegieContext context(RegieState state) {
        return new RegieContext(CLIENT, state, Map.of(NUMMER, new BekendeToewijzing(CLIENT, AANBIEDER, true, false)));
    }

    static String path(int index) {
        return Startbericht.productPath(index);
    }
}
