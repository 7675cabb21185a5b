package nl.ketenhub.declaratie;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.BerichtHeader;

/**
 * A 325 (WMO325 or JW325) in the hub's canonical form, as a gemeente's back office sends it.
 *
 * @param declaratieIdentificatie {@code DeclaratieIdentificatie/Identificatie}: the 323's
 * @param declaratieDagtekening {@code DeclaratieIdentificatie/Dagtekening}: the 323's
 * @param declaratieNummer null when the 325 has no DeclaratieAntwoord
 * @param clienten the returned (rejected) clients, empty when none
 */
public record DeclaratieAntwoordbericht(
        BerichtHeader header,
        String declaratieIdentificatie,
        LocalDate declaratieDagtekening,
        String xsdBasisschemaDeclaratie,
        String xsdBerichtDeclaratie,
        List<String> headerRetourCodes,
        String declaratieNummer,
        Long totaalIngediendBedrag,
        Long totaalToegekendBedrag,
        List<String> antwoordRetourCodes,
        List<Client> clienten) {

    public DeclaratieAntwoordbericht {
        headerRetourCodes = List.copyOf(headerRetourCodes);
        antwoordRetourCodes = List.copyOf(antwoordRetourCodes);
        clienten = List.copyOf(clienten);
    }

    /** Path of the n-th (0-based) client of the DeclaratieAntwoord. */
    public static String clientPath(int client) {
        return "DeclaratieAntwoord/Clienten/Client[" + (client + 1) + "]";
    }

    public static String prestatiePath(int client, int prestatie) {
        return clientPath(client) + "/Prestaties/Prestatie[" + (prestatie + 1) + "]";
    }

    /** A returned client with its codes and its rejected prestaties (the 323's 9 elements + codes). */
    public record Client(String bsn, List<String> retourCodes, List<Prestatie> prestaties) {

        public Client {
            retourCodes = List.copyOf(retourCodes);
            prestaties = List.copyOf(prestaties);
        }
    }

    public record Prestatie(Declaratiebericht.Prestatie waarden, List<String> retourCodes) {

        public Prestatie {
            retourCodes = List.copyOf(retourCodes);
        }
    }
}
