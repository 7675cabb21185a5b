package nl.ketenhub.declaratie;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.time.LocalDate;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Level;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.bericht.StandaardXml;
import nl.ketenhub.xml.ijw.basis.CDTBedragMetDC;
import nl.ketenhub.xml.ijw.basis.CDTBerichtIdentificatie;
import nl.ketenhub.xml.ijw.basis.CDTGeslotenPeriode;
import nl.ketenhub.xml.ijw.basis.CDTReferentie;
import nl.ketenhub.xml.ijw.basis.CDTTotaalBedragMetDC;
import nl.ketenhub.xml.ijw.basis.CDTXsdVersie;
import nl.ketenhub.xml.ijw.basis.LDTDebetCredit;
import nl.ketenhub.xml.ijw.jw325.Client;
import nl.ketenhub.xml.ijw.jw325.Clienten;
import nl.ketenhub.xml.ijw.jw325.DeclaratieAntwoord;
import nl.ketenhub.xml.ijw.jw325.Header;
import nl.ketenhub.xml.ijw.jw325.ObjectFactory;
import nl.ketenhub.xml.ijw.jw325.Prestatie;
import nl.ketenhub.xml.ijw.jw325.Prestaties;
import nl.ketenhub.xml.ijw.jw325.RetourCodes;
import nl.ketenhub.xml.ijw.jw325.Root;

/**
 * Builds the 325 the hub sends in the gemeente's name (§2.11, IV087) from a 323 and its findings,
 * with the JAXB classes of jw325 (ObjectFactory + Marshaller). A WMO325 is the same structure: it
 * is marshalled with the jw325 classes and moved to the iWmo namespaces, as the iWmo and iJw 3.2
 * schemas of the 325 differ only in namespace.
 */
final class Declaratie325Builder {

    static final String GOEDGEKEURD = "8001";
    static final String GEEN_OPMERKING = "0200";
    static final String NIET_BEOORDEELD = "0233";
    static final String TECHNISCH = "0001";

    private static final JAXBContext CONTEXT = context();

    /**
     * @param identificatie the 325's own BerichtIdentificatie/Identificatie
     * @param dagtekening the 325's Dagtekening
     * @param basisschemaXsdVersie XsdVersie of the 325 (that of schemas/)
     * @param xsltVersie the XsltVersie written with 0001
     */
    record Settings(
            String identificatie,
            LocalDate dagtekening,
            String basisschemaXsdVersie,
            String berichtXsdVersie,
            String xsltVersie) {}

    private Declaratie325Builder() {}

    static byte[] build(Declaratiebericht bericht, List<Finding> findings, Settings settings) {
        Root root = new Root();
        Header header = header(bericht, settings);
        root.setHeader(header);
        List<Finding> headerFindings =
                findings.stream().filter(f -> "Header".equals(f.path())).toList();
        if (findings.stream().anyMatch(f -> f.level() == Level.CONTENT)) {
            header.setRetourCodes(codes(List.of(TECHNISCH)));
            header.setXsltVersie(settings.xsltVersie());
        } else if (!headerFindings.isEmpty()) {
            header.setRetourCodes(codes(codesOf(headerFindings)));
        } else {
            header.setRetourCodes(codes(List.of(GEEN_OPMERKING)));
            root.setDeclaratieAntwoord(antwoord(bericht, findings));
        }
        return serialize(root, bericht.header().type().standaard());
    }

    /** TotaalToegekendBedrag with its sign: Σ approved debits − Σ approved credits. */
    static long toegekend(Declaratiebericht bericht, List<Finding> findings) {
        Afwijzingen afwijzingen = Afwijzingen.of(bericht, findings);
        if (afwijzingen.declaratie()) {
            return 0;
        }
        long sum = 0;
        for (Rules323.At at : Rules323.prestaties(bericht)) {
            if (!afwijzingen.rejected(at)) {
                sum += at.prestatie().signedBedrag();
            }
        }
        return sum;
    }

    private static Header header(Declaratiebericht bericht, Settings settings) {
        BerichtType type = BerichtType.of(bericht.header().type().standaard(), 325);
        Header h = new Header();
        h.setBerichtCode(type.berichtCode());
        h.setBerichtVersie(3);
        h.setBerichtSubversie(2);
        h.setAfzender(bericht.header().ontvanger());
        h.setOntvanger(bericht.header().afzender());
        h.setBerichtIdentificatie(identificatie(settings.identificatie(), settings.dagtekening()));
        h.setXsdVersie(xsd(settings.basisschemaXsdVersie(), settings.berichtXsdVersie()));
        h.setDeclaratieIdentificatie(
                identificatie(bericht.header().identificatie(), bericht.header().dagtekening()));
        h.setXsdVersieDeclaratie(
                xsd(bericht.header().basisschemaXsdVersie(), bericht.header().berichtXsdVersie()));
        return h;
    }

    private static DeclaratieAntwoord antwoord(Declaratiebericht bericht, List<Finding> findings) {
        DeclaratieAntwoord antwoord = new DeclaratieAntwoord();
        antwoord.setDeclaratieNummer(bericht.declaratieNummer());
        antwoord.setTotaalIngediendBedrag(totaal(bericht.signedTotaal()));
        antwoord.setTotaalToegekendBedrag(totaal(toegekend(bericht, findings)));
        Afwijzingen afwijzingen = Afwijzingen.of(bericht, findings);
        if (afwijzingen.declaratie()) {
            antwoord.setRetourCodes(codes(codesOf(afwijzingen.declaratieFindings())));
            return antwoord;
        }
        Clienten clienten = new Clienten();
        for (int c = 0; c < bericht.clienten().size(); c++) {
            Client client = client(bericht, c, afwijzingen);
            if (client != null) {
                clienten.getClient().add(client);
            }
        }
        if (clienten.getClient().isEmpty()) {
            antwoord.setRetourCodes(codes(List.of(GOEDGEKEURD)));
        } else {
            antwoord.setClienten(clienten);
            antwoord.setRetourCodes(codes(List.of(GEEN_OPMERKING)));
        }
        return antwoord;
    }

    private static Client client(Declaratiebericht bericht, int c, Afwijzingen afwijzingen) {
        Declaratiebericht.Client source = bericht.clienten().get(c);
        List<String> clientCodes = afwijzingen.codes(Declaratiebericht.clientPath(c));
        Prestaties prestaties = new Prestaties();
        for (int p = 0; p < source.prestaties().size(); p++) {
            List<String> codes = clientCodes.isEmpty()
                    ? afwijzingen.codes(Declaratiebericht.prestatiePath(c, p))
                    : List.of(NIET_BEOORDEELD);
            if (!codes.isEmpty()) {
                prestaties.getPrestatie().add(prestatie(source.prestaties().get(p), codes));
            }
        }
        if (prestaties.getPrestatie().isEmpty()) {
            return null;
        }
        Client client = new Client();
        client.setBsn(source.bsn());
        client.setPrestaties(prestaties);
        client.setRetourCodes(codes(clientCodes.isEmpty() ? List.of(GEEN_OPMERKING) : clientCodes));
        return client;
    }

    private static Prestatie prestatie(Declaratiebericht.Prestatie p, List<String> codes) {
        Prestatie prestatie = new Prestatie();
        CDTReferentie referentie = new CDTReferentie();
        referentie.setReferentieNummer(p.referentieNummer());
        referentie.setVorigReferentieNummer(p.vorigReferentieNummer());
        prestatie.setProductReferentie(referentie);
        prestatie.setToewijzingNummer((int) p.toewijzingNummer());
        prestatie.setProductCategorie(p.productCategorie());
        prestatie.setProductCode(p.productCode());
        CDTGeslotenPeriode periode = new CDTGeslotenPeriode();
        periode.setBegindatum(date(p.begin()));
        periode.setEinddatum(date(p.eind()));
        prestatie.setProductPeriode(periode);
        prestatie.setGeleverdVolume((int) p.geleverdVolume());
        prestatie.setEenheid(p.eenheid());
        prestatie.setProductTarief(
                p.productTarief() == null ? null : p.productTarief().intValue());
        CDTBedragMetDC bedrag = new CDTBedragMetDC();
        bedrag.setBedrag((int) p.bedrag());
        bedrag.setDebetCredit(LDTDebetCredit.fromValue(p.debetCredit()));
        prestatie.setIngediendBedrag(bedrag);
        prestatie.setRetourCodes(codes(codes));
        return prestatie;
    }

    private static List<String> codesOf(List<Finding> findings) {
        return findings.stream().map(Finding::retourCode).distinct().toList();
    }

    private static RetourCodes codes(List<String> values) {
        RetourCodes codes = new RetourCodes();
        codes.getRetourCode().addAll(values);
        return codes;
    }

    private static CDTTotaalBedragMetDC totaal(long signed) {
        CDTTotaalBedragMetDC totaal = new CDTTotaalBedragMetDC();
        totaal.setTotaalBedrag(Math.abs(signed));
        totaal.setDebetCredit(signed < 0 ? LDTDebetCredit.C : LDTDebetCredit.D);
        return totaal;
    }

    private static CDTBerichtIdentificatie identificatie(String identificatie, LocalDate dagtekening) {
        CDTBerichtIdentificatie id = new CDTBerichtIdentificatie();
        id.setIdentificatie(identificatie);
        id.setDagtekening(date(dagtekening));
        return id;
    }

    private static CDTXsdVersie xsd(String basisschema, String bericht) {
        CDTXsdVersie xsd = new CDTXsdVersie();
        xsd.setBasisschemaXsdVersie(basisschema);
        xsd.setBerichtXsdVersie(bericht);
        return xsd;
    }

    private static XMLGregorianCalendar date(LocalDate date) {
        return StandaardXml.date(date);
    }

    private static byte[] serialize(Root root, Standaard standaard) {
        return StandaardXml.write(CONTEXT, new ObjectFactory().createBericht(root), BerichtType.JW325, standaard);
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }
}
