package nl.ketenhub.toewijzing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;

/**
 * Test data: a valid 301 (modelled on the published JW301 sample, fictitious data) that a test
 * changes in one place.
 */
final class Toewijzing301Builder {

    static final LocalDate DAGTEKENING = LocalDate.of(2026, 4, 1);

    private BerichtType type = BerichtType.JW301;
    private String afzender = "0384";
    private String ontvanger = "42420001";
    private LocalDate dagtekening = DAGTEKENING;
    private String bsn = "999900006";
    private Geboortedatum geboortedatum = new Geboortedatum(LocalDate.of(2010, 2, 14), null);
    private final List<ContactSpec> contacten = new ArrayList<>();
    private final List<String> relatieNummers = new ArrayList<>();
    private final List<ContactSpec> relatieContacten = new ArrayList<>();
    private final List<ProductSpec> producten = new ArrayList<>();
    private Naam naam = new Naam("1", false);
    private final List<Naam> relatieNamen = new ArrayList<>();
    private Communicatie communicatie;

    private Toewijzing301Builder() {}

    static Toewijzing301Builder valid301() {
        Toewijzing301Builder b = new Toewijzing301Builder();
        b.contacten.add(new ContactSpec().soort("03"));
        b.contacten.add(new ContactSpec().soort("04").periode(LocalDate.of(2018, 2, 3), null));
        b.relatieNummers.add("1");
        b.relatieContacten.add(new ContactSpec().soort("03"));
        b.relatieNummers.add("2");
        b.relatieContacten.add(new ContactSpec().soort("03"));
        b.producten.add(new ProductSpec()
                .nummer(300201)
                .product("55", "55A11")
                .eind(LocalDate.of(2026, 7, 14))
                .omvang(2, "04", "2"));
        b.producten.add(new ProductSpec()
                .nummer(300202)
                .product("55", "55A12")
                .eind(LocalDate.of(2026, 7, 19))
                .omvang(2, "16", "2"));
        return b;
    }

    Toewijzing301Builder type(BerichtType type) {
        this.type = type;
        return this;
    }

    Toewijzing301Builder afzender(String afzender) {
        this.afzender = afzender;
        return this;
    }

    Toewijzing301Builder ontvanger(String ontvanger) {
        this.ontvanger = ontvanger;
        return this;
    }

    Toewijzing301Builder dagtekening(LocalDate dagtekening) {
        this.dagtekening = dagtekening;
        return this;
    }

    Toewijzing301Builder bsn(String bsn) {
        this.bsn = bsn;
        return this;
    }

    Toewijzing301Builder naam(String naamGebruik, boolean partnernaam) {
        this.naam = new Naam(naamGebruik, partnernaam);
        return this;
    }

    Toewijzing301Builder relatieNaam(int index, String naamGebruik, boolean partnernaam) {
        while (relatieNamen.size() <= index) {
            relatieNamen.add(new Naam("1", false));
        }
        relatieNamen.set(index, new Naam(naamGebruik, partnernaam));
        return this;
    }

    Toewijzing301Builder communicatie(String vorm, String taal) {
        this.communicatie = new Communicatie(vorm, taal);
        return this;
    }

    Toewijzing301Builder geboortedatum(LocalDate datum, String datumGebruik) {
        this.geboortedatum = new Geboortedatum(datum, datumGebruik);
        return this;
    }

    /** Changes the n-th (0-based) product. */
    Toewijzing301Builder product(int index, UnaryOperator<ProductSpec> change) {
        change.apply(producten.get(index));
        return this;
    }

    /** Adds a copy of the first product with ToewijzingNummer 300299, then applies the change. */
    Toewijzing301Builder addProduct(UnaryOperator<ProductSpec> change) {
        producten.add(change.apply(producten.get(0).copy().nummer(300299)));
        return this;
    }

    /** Changes the n-th (0-based) contact of the client. */
    Toewijzing301Builder contact(int index, UnaryOperator<ContactSpec> change) {
        change.apply(contacten.get(index));
        return this;
    }

    Toewijzing301Builder addContact(ContactSpec contact) {
        contacten.add(contact);
        return this;
    }

    /** Changes the contact of the n-th (0-based) relatie. */
    Toewijzing301Builder relatieContact(int index, UnaryOperator<ContactSpec> change) {
        change.apply(relatieContacten.get(index));
        return this;
    }

    Toewijzing301Builder relatieNummer(int index, String nummer) {
        relatieNummers.set(index, nummer);
        return this;
    }

    Toewijzingbericht build() {
        BerichtHeader header =
                new BerichtHeader(type, afzender, ontvanger, "123456789012", dagtekening, "1.0.0", "1.0.0");
        List<Relatie> relaties = new ArrayList<>();
        for (int i = 0; i < relatieNummers.size(); i++) {
            relaties.add(new Relatie(
                    relatieNummers.get(i),
                    "12",
                    relatieContacten.get(i).build(),
                    i < relatieNamen.size() ? relatieNamen.get(i) : new Naam("1", false)));
        }
        return new Toewijzingbericht(
                header,
                bsn,
                geboortedatum,
                contacten.stream().map(ContactSpec::build).toList(),
                relaties,
                producten.stream().map(ProductSpec::build).toList(),
                naam,
                communicatie);
    }

    static final class ContactSpec {
        private String soort = "01";
        private boolean telefoon = true;
        private boolean huisEnPostcode = true;
        private LocalDate periodeBegin;
        private LocalDate periodeEind;
        private boolean periode;
        private String landCode = "NL";
        private String postcode = "9999XX";
        private boolean huis = true;

        ContactSpec adres(String landCode, String postcode, boolean huis) {
            this.landCode = landCode;
            this.postcode = postcode;
            this.huis = huis;
            this.huisEnPostcode = huis && postcode != null;
            return this;
        }

        ContactSpec soort(String soort) {
            this.soort = soort;
            return this;
        }

        ContactSpec telefoon(boolean telefoon) {
            this.telefoon = telefoon;
            return this;
        }

        ContactSpec huisEnPostcode(boolean huisEnPostcode) {
            this.huisEnPostcode = huisEnPostcode;
            this.huis = huisEnPostcode;
            this.postcode = huisEnPostcode ? "9999XX" : null;
            this.landCode = huisEnPostcode ? "NL" : null;
            return this;
        }

        ContactSpec periode(LocalDate begin, LocalDate eind) {
            this.periode = true;
            this.periodeBegin = begin;
            this.periodeEind = eind;
            return this;
        }

        ContactSpec geenPeriode() {
            this.periode = false;
            this.periodeBegin = null;
            this.periodeEind = null;
            return this;
        }

        Contact build() {
            return new Contact(
                    soort, telefoon, huisEnPostcode, landCode, postcode, periodeBegin, periodeEind, periode, huis);
        }
    }

    static final class ProductSpec {
        private long nummer;
        private Product product;
        private LocalDate toewijzingsdatum = DAGTEKENING;
        private LocalDate ingang = DAGTEKENING;
        private LocalDate eind;
        private String redenWijziging;
        private Omvang omvang;
        private Long budget;
        private String referentie;

        ProductSpec nummer(long nummer) {
            this.nummer = nummer;
            return this;
        }

        ProductSpec product(String categorie, String code) {
            this.product = new Product(categorie, code);
            return this;
        }

        /** A generic toewijzing: no Product, a Budget, an Einddatum. */
        ProductSpec generiek(long budget) {
            this.product = null;
            this.omvang = null;
            this.budget = budget;
            return this;
        }

        /** An aspecific toewijzing: category only, no Omvang. */
        ProductSpec aspecifiek(String categorie) {
            this.product = new Product(categorie, null);
            this.omvang = null;
            return this;
        }

        ProductSpec zonderProduct() {
            this.product = null;
            return this;
        }

        ProductSpec toewijzingsdatum(LocalDate toewijzingsdatum) {
            this.toewijzingsdatum = toewijzingsdatum;
            return this;
        }

        ProductSpec ingang(LocalDate ingang) {
            this.ingang = ingang;
            return this;
        }

        ProductSpec eind(LocalDate eind) {
            this.eind = eind;
            return this;
        }

        ProductSpec periode(LocalDate ingang, LocalDate eind) {
            return ingang(ingang).eind(eind);
        }

        ProductSpec redenWijziging(String redenWijziging) {
            this.redenWijziging = redenWijziging;
            return this;
        }

        ProductSpec omvang(long volume, String eenheid, String frequentie) {
            this.omvang = new Omvang(volume, eenheid, frequentie);
            return this;
        }

        ProductSpec geenOmvang() {
            this.omvang = null;
            return this;
        }

        ProductSpec budget(Long budget) {
            this.budget = budget;
            return this;
        }

        /** The ReferentieAanbieder of the request this product honours. */
        ProductSpec referentie(String referentie) {
            this.referentie = referentie;
            return this;
        }

        ProductSpec copy() {
            ProductSpec c = new ProductSpec();
            c.nummer = nummer;
            c.product = product;
            c.toewijzingsdatum = toewijzingsdatum;
            c.ingang = ingang;
            c.eind = eind;
            c.redenWijziging = redenWijziging;
            c.omvang = omvang;
            c.budget = budget;
            c.referentie = referentie;
            return c;
        }

        ToegewezenProduct build() {
            return new ToegewezenProduct(
                    nummer,
                    referentie,
                    product,
                    toewijzingsdatum,
                    LocalTime.of(12, 34, 56),
                    ingang,
                    eind,
                    redenWijziging,
                    omvang,
                    budget,
                    null);
        }
    }
}
