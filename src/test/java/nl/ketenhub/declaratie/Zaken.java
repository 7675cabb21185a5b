package nl.ketenhub.declaratie;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.partner.Contract;

/** Test data for the level 3/4 rules: a prestatie of client 7 on toewijzing 1001 of 42420001. */
final class Zaken {

    static final String PATH = "Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]";

    private Zaken() {}

    static PrestatieZaak zaak(Declaratiebericht.Prestatie prestatie, Versie versie) {
        return zaak(prestatie, versie, List.of(), Prestatielog.empty(), List.of());
    }

    static PrestatieZaak zaak(
            Declaratiebericht.Prestatie prestatie,
            Versie versie,
            List<Claim> toegekend,
            Prestatielog log,
            List<Contract> contracten) {
        Toewijzingstand toewijzing =
                versie == null ? null : new Toewijzingstand(1001, 7L, "42420001", versie, new ArrayList<>(toegekend));
        return new PrestatieZaak(Declaraties.of(prestatie), PATH, prestatie, 7L, toewijzing, log, contracten);
    }
}
