package nl.ketenhub.declaratie;

import static nl.ketenhub.bericht.BerichtUnmarshaller.date;

import java.util.List;
import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.xml.ijw.basis.CDTTotaalBedragMetDC;
import nl.ketenhub.xml.ijw.jw325.DeclaratieAntwoord;
import nl.ketenhub.xml.ijw.jw325.Header;
import nl.ketenhub.xml.ijw.jw325.RetourCodes;
import nl.ketenhub.xml.ijw.jw325.Root;
import org.springframework.stereotype.Component;

/** WMO325 and JW325 to the canonical {@link DeclaratieAntwoordbericht} (iJw JAXB classes for both). */
@Component
class DeclaratieAntwoord325Translator {

    private final BerichtUnmarshaller unmarshaller;

    DeclaratieAntwoord325Translator(BerichtUnmarshaller unmarshaller) {
        this.unmarshaller = unmarshaller;
    }

    DeclaratieAntwoordbericht translate(InboundBericht bericht) {
        Root root = unmarshaller.unmarshalAsIjw(bericht, Root.class);
        Header h = root.getHeader();
        DeclaratieAntwoord a = root.getDeclaratieAntwoord();
        List<DeclaratieAntwoordbericht.Client> clienten = a == null || a.getClienten() == null
                ? List.of()
                : a.getClienten().getClient().stream()
                        .map(c -> new DeclaratieAntwoordbericht.Client(
                                c.getBsn(),
                                codes(c.getRetourCodes()),
                                c.getPrestaties().getPrestatie().stream()
                                        .map(DeclaratieAntwoord325Translator::prestatie)
                                        .toList()))
                        .toList();
        return new DeclaratieAntwoordbericht(
                bericht.header(),
                h.getDeclaratieIdentificatie().getIdentificatie(),
                date(h.getDeclaratieIdentificatie().getDagtekening()),
                h.getXsdVersieDeclaratie().getBasisschemaXsdVersie(),
                h.getXsdVersieDeclaratie().getBerichtXsdVersie(),
                codes(h.getRetourCodes()),
                a == null ? null : a.getDeclaratieNummer(),
                a == null ? null : signed(a.getTotaalIngediendBedrag()),
                a == null ? null : signed(a.getTotaalToegekendBedrag()),
                a == null ? List.of() : codes(a.getRetourCodes()),
                clienten);
    }

    private static DeclaratieAntwoordbericht.Prestatie prestatie(nl.ketenhub.xml.ijw.jw325.Prestatie p) {
        return new DeclaratieAntwoordbericht.Prestatie(
                new Declaratiebericht.Prestatie(
                        p.getProductReferentie().getReferentieNummer(),
                        p.getProductReferentie().getVorigReferentieNummer(),
                        p.getToewijzingNummer(),
                        p.getProductCategorie(),
                        p.getProductCode(),
                        date(p.getProductPeriode().getBegindatum()),
                        date(p.getProductPeriode().getEinddatum()),
                        p.getGeleverdVolume(),
                        p.getEenheid(),
                        p.getProductTarief() == null
                                ? null
                                : p.getProductTarief().longValue(),
                        p.getIngediendBedrag().getBedrag(),
                        p.getIngediendBedrag().getDebetCredit().value()),
                codes(p.getRetourCodes()));
    }

    private static List<String> codes(RetourCodes codes) {
        return codes == null ? List.of() : List.copyOf(codes.getRetourCode());
    }

    private static long signed(CDTTotaalBedragMetDC bedrag) {
        return "C".equals(bedrag.getDebetCredit().value()) ? -bedrag.getTotaalBedrag() : bedrag.getTotaalBedrag();
    }
}
