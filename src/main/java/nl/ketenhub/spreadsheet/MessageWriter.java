package nl.ketenhub.spreadsheet;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.bericht.StandaardXml;
import nl.ketenhub.xml.ijw.basis.CDTAchternaam;
import nl.ketenhub.xml.ijw.basis.CDTBedragMetDC;
import nl.ketenhub.xml.ijw.basis.CDTBerichtIdentificatie;
import nl.ketenhub.xml.ijw.basis.CDTGeboortedatum;
import nl.ketenhub.xml.ijw.basis.CDTGeslotenPeriode;
import nl.ketenhub.xml.ijw.basis.CDTOmvang;
import nl.ketenhub.xml.ijw.basis.CDTProduct;
import nl.ketenhub.xml.ijw.basis.CDTReferentie;
import nl.ketenhub.xml.ijw.basis.CDTTotaalBedragMetDC;
import nl.ketenhub.xml.ijw.basis.CDTVerkorteNaam;
import nl.ketenhub.xml.ijw.basis.CDTVerwijzer;
import nl.ketenhub.xml.ijw.basis.CDTXsdVersie;
import nl.ketenhub.xml.ijw.basis.LDTDebetCredit;
import nl.ketenhub.xml.ijw.jw305.StartProduct;
import nl.ketenhub.xml.ijw.jw305.StartProducten;
import nl.ketenhub.xml.ijw.jw307.StopProduct;
import nl.ketenhub.xml.ijw.jw307.StopProducten;
import nl.ketenhub.xml.ijw.jw315.AangevraagdProduct;
import nl.ketenhub.xml.ijw.jw315.AangevraagdeProducten;
import nl.ketenhub.xml.ijw.jw323.Clienten;
import nl.ketenhub.xml.ijw.jw323.Declaratie;
import nl.ketenhub.xml.ijw.jw323.Prestatie;
import nl.ketenhub.xml.ijw.jw323.Prestaties;

/**
 * Builds the standard message of a {@link Grouping.Group} with the JAXB classes of the iJw schemas
 * and marshals it in the group's standard ({@link StandaardXml}): an iWmo 305/307/315/323 has the
 * same structure in the iWmo namespaces (the 315 without the iJw-only GezagsdragerBekend).
 */
final class MessageWriter {

    private static final JAXBContext CONTEXT = context();

    private MessageWriter() {}

    /**
     * The header values the hub fills in.
     *
     * @param afzender the authenticated aanbieder
     * @param identificatie a fresh BerichtIdentificatie/Identificatie
     */
    record Envelope(
            String afzender,
            String identificatie,
            LocalDate dagtekening,
            String basisschemaXsdVersie,
            String berichtXsdVersie) {

        CDTBerichtIdentificatie berichtIdentificatie() {
            CDTBerichtIdentificatie id = new CDTBerichtIdentificatie();
            id.setIdentificatie(identificatie);
            id.setDagtekening(StandaardXml.date(dagtekening));
            return id;
        }

        CDTXsdVersie xsdVersie() {
            CDTXsdVersie versie = new CDTXsdVersie();
            versie.setBasisschemaXsdVersie(basisschemaXsdVersie);
            versie.setBerichtXsdVersie(berichtXsdVersie);
            return versie;
        }
    }

    static byte[] write(Grouping.Group group, Envelope envelope) {
        Object bericht =
                switch (group.type().nummer()) {
                    case 305 -> start(group, envelope);
                    case 307 -> stop(group, envelope);
                    case 315 -> verzoek(group, envelope);
                    case 323 -> declaratie(group, envelope);
                    default -> throw new IllegalArgumentException("No layout for " + group.type());
                };
        BerichtType ijw = BerichtType.of(Standaard.IJW, group.type().nummer());
        return StandaardXml.write(CONTEXT, bericht, ijw, group.type().standaard());
    }

    private static Object start(Grouping.Group group, Envelope envelope) {
        var client = client(new nl.ketenhub.xml.ijw.jw305.Client(), group.rows().get(0));
        StartProducten producten = new StartProducten();
        for (SheetRow row : group.rows()) {
            StartProduct product = new StartProduct();
            product.setToewijzingNummer(row.integer("toewijzingnummer"));
            product.setProduct(product(row));
            product.setToewijzingIngangsdatum(date(row, "toewijzingingangsdatum"));
            product.setBegindatum(date(row, "begindatum"));
            product.setStatusAanlevering(row.has("status") ? row.text("status") : "1");
            producten.getStartProduct().add(product);
        }
        client.setStartProducten(producten);
        var root = new nl.ketenhub.xml.ijw.jw305.Root();
        root.setHeader(header(new nl.ketenhub.xml.ijw.jw305.Header(), group, envelope));
        root.setClient(client);
        return new nl.ketenhub.xml.ijw.jw305.ObjectFactory().createBericht(root);
    }

    private static Object stop(Grouping.Group group, Envelope envelope) {
        var client = client(new nl.ketenhub.xml.ijw.jw307.Client(), group.rows().get(0));
        StopProducten producten = new StopProducten();
        for (SheetRow row : group.rows()) {
            StopProduct product = new StopProduct();
            product.setToewijzingNummer(row.integer("toewijzingnummer"));
            product.setProduct(product(row));
            product.setToewijzingIngangsdatum(date(row, "toewijzingingangsdatum"));
            product.setBegindatum(date(row, "begindatum"));
            product.setRedenBeeindiging(row.text(Codelijsten.REDEN_BEEINDIGING));
            product.setEinddatum(date(row, "einddatum"));
            product.setStatusAanlevering(row.has("status") ? row.text("status") : "1");
            producten.getStopProduct().add(product);
        }
        client.setStopProducten(producten);
        var root = new nl.ketenhub.xml.ijw.jw307.Root();
        root.setHeader(header(new nl.ketenhub.xml.ijw.jw307.Header(), group, envelope));
        root.setClient(client);
        return new nl.ketenhub.xml.ijw.jw307.ObjectFactory().createBericht(root);
    }

    private static Object verzoek(Grouping.Group group, Envelope envelope) {
        SheetRow first = group.rows().get(0);
        var client = client(new nl.ketenhub.xml.ijw.jw315.Client(), first);
        client.setGezagsdragerBekend(first.text("gezagsdragerbekend"));
        client.setCommentaar(first.text("clientcommentaar"));
        AangevraagdeProducten producten = new AangevraagdeProducten();
        for (SheetRow row : group.rows()) {
            AangevraagdProduct product = new AangevraagdProduct();
            product.setReferentieAanbieder(row.text("referentieaanbieder"));
            product.setBeschikkingNummer(row.integer("beschikkingnummer"));
            product.setProduct(product(row));
            product.setBeschikkingIngangsdatum(date(row, "beschikkingingangsdatum"));
            product.setToewijzingIngangsdatum(date(row, "ingangsdatum"));
            product.setToewijzingEinddatum(date(row, "einddatum"));
            product.setOmvang(omvang(row));
            product.setBudget(row.has("budget") ? Math.toIntExact(row.amount("budget")) : null);
            CDTVerwijzer verwijzer = new CDTVerwijzer();
            verwijzer.setType(row.text("verwijzertype"));
            verwijzer.setNaam(row.text("verwijzernaam"));
            verwijzer.setZorgverlenerCode(row.text("zorgverlenercode"));
            product.setVerwijzer(verwijzer);
            product.setRaamcontract(row.text("raamcontract"));
            product.setCommentaar(row.text("commentaar"));
            producten.getAangevraagdProduct().add(product);
        }
        client.setAangevraagdeProducten(producten);
        var root = new nl.ketenhub.xml.ijw.jw315.Root();
        root.setHeader(header(new nl.ketenhub.xml.ijw.jw315.Header(), group, envelope));
        root.setClient(client);
        return new nl.ketenhub.xml.ijw.jw315.ObjectFactory().createBericht(root);
    }

    private static Object declaratie(Grouping.Group group, Envelope envelope) {
        SheetRow first = group.rows().get(0);
        Declaratie declaratie = new Declaratie();
        declaratie.setDeclaratieNummer(first.text("declaratienummer"));
        YearMonth maand = YearMonth.parse(first.text("declaratieperiode"));
        declaratie.setDeclaratiePeriode(periode(maand.atDay(1), maand.atEndOfMonth()));
        declaratie.setDeclaratieDagtekening(StandaardXml.date(envelope.dagtekening()));
        Map<String, nl.ketenhub.xml.ijw.jw323.Client> clienten = new LinkedHashMap<>();
        long totaal = 0;
        for (SheetRow row : group.rows()) {
            Prestatie prestatie = prestatie(row);
            long bedrag = prestatie.getIngediendBedrag().getBedrag();
            totaal += prestatie.getIngediendBedrag().getDebetCredit() == LDTDebetCredit.C ? -bedrag : bedrag;
            clienten.computeIfAbsent(row.text("bsn"), bsn -> {
                        var client = new nl.ketenhub.xml.ijw.jw323.Client();
                        client.setBsn(bsn);
                        client.setPrestaties(new Prestaties());
                        return client;
                    })
                    .getPrestaties()
                    .getPrestatie()
                    .add(prestatie);
        }
        CDTTotaalBedragMetDC totaalBedrag = new CDTTotaalBedragMetDC();
        totaalBedrag.setTotaalBedrag(Math.abs(totaal));
        totaalBedrag.setDebetCredit(totaal < 0 ? LDTDebetCredit.C : LDTDebetCredit.D);
        declaratie.setTotaalIngediendBedrag(totaalBedrag);
        Clienten lijst = new Clienten();
        lijst.getClient().addAll(clienten.values());
        declaratie.setClienten(lijst);
        var root = new nl.ketenhub.xml.ijw.jw323.Root();
        root.setHeader(header(new nl.ketenhub.xml.ijw.jw323.Header(), group, envelope));
        root.setDeclaratie(declaratie);
        return new nl.ketenhub.xml.ijw.jw323.ObjectFactory().createBericht(root);
    }

    /** Fills the header the hub writes: code and version of the group's message, sender and receiver. */
    private static <H extends IjwHeader> H header(H header, Grouping.Group group, Envelope envelope) {
        header.setBerichtCode(group.type().berichtCode());
        header.setBerichtVersie(3);
        header.setBerichtSubversie(2);
        header.setAfzender(envelope.afzender());
        header.setOntvanger(group.gemeente());
        header.setBerichtIdentificatie(envelope.berichtIdentificatie());
        header.setXsdVersie(envelope.xsdVersie());
        return header;
    }

    /** Fills the client of a 305/307/315 from the first row (the rows of one message agree on it). */
    private static <C extends IjwClient> C client(C client, SheetRow row) {
        client.setBsn(row.text("bsn"));
        client.setGeboortedatum(geboortedatum(row));
        client.setGeslacht(row.text("geslacht"));
        client.setNaam(naam(row));
        return client;
    }

    /** A prestatie; IngediendBedrag from the row, else the volume (eenheid 83) or volume × tarief (TR346). */
    private static Prestatie prestatie(SheetRow row) {
        Prestatie prestatie = new Prestatie();
        CDTReferentie referentie = new CDTReferentie();
        referentie.setReferentieNummer(row.text("referentienummer"));
        referentie.setVorigReferentieNummer(row.text("vorigreferentienummer"));
        prestatie.setProductReferentie(referentie);
        prestatie.setToewijzingNummer(row.integer("toewijzingnummer"));
        prestatie.setProductCategorie(row.text(Codelijsten.PRODUCTCATEGORIE));
        prestatie.setProductCode(row.text("productcode"));
        prestatie.setProductPeriode(periode(row.date("begindatum"), row.date("einddatum")));
        int volume = row.integer("volume");
        prestatie.setGeleverdVolume(volume);
        prestatie.setEenheid(row.text("eenheid"));
        Long tarief = row.amount("tarief");
        prestatie.setProductTarief(tarief == null ? null : Math.toIntExact(tarief));
        long bedrag;
        if (row.has("bedrag")) {
            bedrag = row.amount("bedrag");
        } else if ("83".equals(row.text("eenheid"))) {
            bedrag = volume;
        } else {
            bedrag = volume * (tarief == null ? 0 : tarief);
        }
        CDTBedragMetDC ingediend = new CDTBedragMetDC();
        ingediend.setBedrag(Math.toIntExact(Math.min(bedrag, Integer.MAX_VALUE)));
        ingediend.setDebetCredit("C".equals(row.text("debetcredit")) ? LDTDebetCredit.C : LDTDebetCredit.D);
        prestatie.setIngediendBedrag(ingediend);
        return prestatie;
    }

    private static CDTGeboortedatum geboortedatum(SheetRow row) {
        CDTGeboortedatum datum = new CDTGeboortedatum();
        datum.setDatum(date(row, "geboortedatum"));
        return datum;
    }

    private static CDTVerkorteNaam naam(SheetRow row) {
        CDTAchternaam achternaam = new CDTAchternaam();
        achternaam.setAchternaam(row.text("achternaam"));
        achternaam.setVoorvoegsel(row.text("voorvoegsel"));
        CDTVerkorteNaam naam = new CDTVerkorteNaam();
        naam.setGeslachtsnaam(achternaam);
        naam.setVoornamen(row.text("voornamen"));
        naam.setVoorletters(row.text("voorletters"));
        return naam;
    }

    /** Product: absent when no category (a generic toewijzing), category with an optional code. */
    private static CDTProduct product(SheetRow row) {
        if (!row.has(Codelijsten.PRODUCTCATEGORIE)) {
            return null;
        }
        CDTProduct product = new CDTProduct();
        product.setCategorie(row.text(Codelijsten.PRODUCTCATEGORIE));
        product.setCode(row.text("productcode"));
        return product;
    }

    private static CDTOmvang omvang(SheetRow row) {
        if (!row.has("volume") && !row.has("eenheid") && !row.has("frequentie")) {
            return null;
        }
        CDTOmvang omvang = new CDTOmvang();
        omvang.setVolume(row.has("volume") ? row.integer("volume") : 0);
        omvang.setEenheid(row.text("eenheid"));
        omvang.setFrequentie(row.text("frequentie"));
        return omvang;
    }

    private static CDTGeslotenPeriode periode(LocalDate begin, LocalDate eind) {
        CDTGeslotenPeriode periode = new CDTGeslotenPeriode();
        periode.setBegindatum(StandaardXml.date(begin));
        periode.setEinddatum(StandaardXml.date(eind));
        return periode;
    }

    private static javax.xml.datatype.XMLGregorianCalendar date(SheetRow row, String column) {
        LocalDate date = row.date(column);
        return date == null ? null : StandaardXml.date(date);
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(
                    nl.ketenhub.xml.ijw.jw305.ObjectFactory.class,
                    nl.ketenhub.xml.ijw.jw307.ObjectFactory.class,
                    nl.ketenhub.xml.ijw.jw315.ObjectFactory.class,
                    nl.ketenhub.xml.ijw.jw323.ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }
}
