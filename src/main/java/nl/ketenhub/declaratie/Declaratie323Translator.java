package nl.ketenhub.declaratie;

import static nl.ketenhub.bericht.BerichtUnmarshaller.date;

import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.xml.ijw.basis.CDTBedragMetDC;
import nl.ketenhub.xml.ijw.jw323.Declaratie;
import nl.ketenhub.xml.ijw.jw323.Root;
import org.springframework.stereotype.Component;

/**
 * WMO323 and JW323 to the canonical {@link Declaratiebericht}, through the JAXB classes of
 * schemas/ijw/jw323.xsd (an iWmo message binds to them by namespace).
 */
@Component
class Declaratie323Translator {

    private final BerichtUnmarshaller unmarshaller;

    Declaratie323Translator(BerichtUnmarshaller unmarshaller) {
        this.unmarshaller = unmarshaller;
    }

    Declaratiebericht translate(InboundBericht bericht) {
        Declaratie d = unmarshaller.unmarshalAsIjw(bericht, Root.class).getDeclaratie();
        return new Declaratiebericht(
                bericht.header(),
                d.getDeclaratieNummer(),
                date(d.getDeclaratiePeriode().getBegindatum()),
                date(d.getDeclaratiePeriode().getEinddatum()),
                date(d.getDeclaratieDagtekening()),
                d.getTotaalIngediendBedrag().getTotaalBedrag(),
                d.getTotaalIngediendBedrag().getDebetCredit().value(),
                d.getClienten().getClient().stream()
                        .map(c -> new Declaratiebericht.Client(
                                c.getBsn(),
                                c.getPrestaties().getPrestatie().stream()
                                        .map(Declaratie323Translator::prestatie)
                                        .toList()))
                        .toList());
    }

    private static Declaratiebericht.Prestatie prestatie(nl.ketenhub.xml.ijw.jw323.Prestatie p) {
        CDTBedragMetDC bedrag = p.getIngediendBedrag();
        return new Declaratiebericht.Prestatie(
                p.getProductReferentie().getReferentieNummer(),
                p.getProductReferentie().getVorigReferentieNummer(),
                p.getToewijzingNummer(),
                p.getProductCategorie(),
                p.getProductCode(),
                date(p.getProductPeriode().getBegindatum()),
                date(p.getProductPeriode().getEinddatum()),
                p.getGeleverdVolume(),
                p.getEenheid(),
                p.getProductTarief() == null ? null : p.getProductTarief().longValue(),
                bedrag.getBedrag(),
                bedrag.getDebetCredit().value());
    }
}
