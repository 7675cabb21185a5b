package nl.ketenhub.declaratie;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.BerichtHeader;

/**
 * A 323 (WMO323 or JW323) in the hub's canonical form. Amounts are eurocents.
 *
 * @param totaalDebetCredit D or C of {@code TotaalIngediendBedrag}
 * @param clienten the {@code Clienten/Client}s, in message order
 */
public record Declaratiebericht(
        BerichtHeader header,
        String declaratieNummer,
        LocalDate periodeBegin,
        LocalDate periodeEind,
        LocalDate dagtekening,
        long totaalIngediendBedrag,
        String totaalDebetCredit,
        List<Client> clienten) {

    public static final String DECLARATIE = "Declaratie";

    public Declaratiebericht {
        clienten = List.copyOf(clienten);
    }

    /** The header total with its sign: negative when C. */
    public long signedTotaal() {
        return "C".equals(totaalDebetCredit) ? -totaalIngediendBedrag : totaalIngediendBedrag;
    }

    /** Path of the n-th (0-based) client. */
    public static String clientPath(int client) {
        return "Declaratie/Clienten/Client[" + (client + 1) + "]";
    }

    /** Path of the j-th (0-based) prestatie of the n-th (0-based) client. */
    public static String prestatiePath(int client, int prestatie) {
        return clientPath(client) + "/Prestaties/Prestatie[" + (prestatie + 1) + "]";
    }

    /** A {@code Client} of the 323: its BSN and its prestaties, in message order. */
    public record Client(String bsn, List<Prestatie> prestaties) {

        public Client {
            prestaties = List.copyOf(prestaties);
        }
    }

    /**
     * A {@code Prestatie} of the 323.
     *
     * @param vorigReferentieNummer null for a debit
     * @param productTarief null when absent (Eenheid 83)
     * @param debetCredit D or C of {@code IngediendBedrag}
     */
    public record Prestatie(
            String referentieNummer,
            String vorigReferentieNummer,
            long toewijzingNummer,
            String productCategorie,
            String productCode,
            LocalDate begin,
            LocalDate eind,
            long geleverdVolume,
            String eenheid,
            Long productTarief,
            long bedrag,
            String debetCredit) {

        public boolean isCredit() {
            return "C".equals(debetCredit);
        }

        /** IngediendBedrag with its sign: negative for a credit. */
        public long signedBedrag() {
            return isCredit() ? -bedrag : bedrag;
        }

        public String describe() {
            return "Prestatie " + referentieNummer;
        }
    }
}
