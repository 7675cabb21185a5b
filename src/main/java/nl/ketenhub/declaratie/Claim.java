package nl.ketenhub.declaratie;

import java.time.LocalDate;

/** An approved, not credited debit prestatie counted against its toewijzing (TR322, TR369, TR389). */
record Claim(
        String referentieNummer,
        LocalDate begin,
        LocalDate eind,
        String productCategorie,
        String productCode,
        long volume,
        String eenheid,
        long bedrag) {

    static Claim of(Declaratiebericht.Prestatie p) {
        return new Claim(
                p.referentieNummer(),
                p.begin(),
                p.eind(),
                p.productCategorie(),
                p.productCode(),
                p.geleverdVolume(),
                p.eenheid(),
                p.bedrag());
    }

    boolean overlaps(LocalDate otherBegin, LocalDate otherEind) {
        return !begin.isAfter(otherEind) && !eind.isBefore(otherBegin);
    }
}
