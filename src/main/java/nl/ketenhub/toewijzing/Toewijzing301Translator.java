package nl.ketenhub.toewijzing;

import static nl.ketenhub.bericht.BerichtUnmarshaller.date;
import static nl.ketenhub.bericht.BerichtUnmarshaller.time;

import java.util.List;
import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;
import nl.ketenhub.xml.ijw.basis.CDTAdres;
import nl.ketenhub.xml.ijw.basis.CDTOpenPeriode;
import nl.ketenhub.xml.ijw.basis.CDTVolledigeNaam;
import nl.ketenhub.xml.ijw.jw301.Client;
import nl.ketenhub.xml.ijw.jw301.Root;
import org.springframework.stereotype.Component;

/**
 * WMO301 and JW301 to the canonical {@link Toewijzingbericht}, through the JAXB classes generated
 * from schemas/ijw/jw301.xsd (an iWmo message is bound to them by namespace, see {@link
 * BerichtUnmarshaller#unmarshalAsIjw}).
 */
@Component
class Toewijzing301Translator {

    private final BerichtUnmarshaller unmarshaller;

    Toewijzing301Translator(BerichtUnmarshaller unmarshaller) {
        this.unmarshaller = unmarshaller;
    }

    Toewijzingbericht translate(InboundBericht bericht) {
        Client client = unmarshaller.unmarshalAsIjw(bericht, Root.class).getClient();
        List<Contact> contacten = client.getContactgegevens().getContact().stream()
                .map(Toewijzing301Translator::contact)
                .toList();
        List<Relatie> relaties = client.getRelaties() == null
                ? List.of()
                : client.getRelaties().getRelatie().stream()
                        .map(r -> new Relatie(r.getNummer(), r.getSoort(), contact(r.getContact()), naam(r.getNaam())))
                        .toList();
        List<ToegewezenProduct> producten = client.getToegewezenProducten().getToegewezenProduct().stream()
                .map(Toewijzing301Translator::product)
                .toList();
        return new Toewijzingbericht(
                bericht.header(),
                client.getBsn(),
                new Geboortedatum(
                        date(client.getGeboortedatum().getDatum()),
                        client.getGeboortedatum().getDatumGebruik()),
                contacten,
                relaties,
                producten,
                naam(client.getNaam()),
                client.getCommunicatie() == null
                        ? null
                        : new Communicatie(
                                client.getCommunicatie().getVorm(),
                                client.getCommunicatie().getTaal()));
    }

    private static Naam naam(CDTVolledigeNaam naam) {
        return new Naam(naam.getNaamGebruik(), naam.getPartnernaam() != null);
    }

    private static ToegewezenProduct product(nl.ketenhub.xml.ijw.jw301.ToegewezenProduct p) {
        return new ToegewezenProduct(
                p.getToewijzingNummer(),
                p.getReferentieAanbieder(),
                p.getProduct() == null
                        ? null
                        : new Product(
                                p.getProduct().getCategorie(), p.getProduct().getCode()),
                date(p.getToewijzingsdatum()),
                time(p.getToewijzingstijd()),
                date(p.getIngangsdatum()),
                date(p.getEinddatum()),
                p.getRedenWijziging(),
                p.getOmvang() == null
                        ? null
                        : new Omvang(
                                p.getOmvang().getVolume(),
                                p.getOmvang().getEenheid(),
                                p.getOmvang().getFrequentie()),
                p.getBudget() == null ? null : p.getBudget().longValue(),
                p.getCommentaar());
    }

    private static Contact contact(nl.ketenhub.xml.ijw.jw301.Contact c) {
        CDTAdres adres = c.getAdres();
        CDTOpenPeriode periode = c.getPeriode();
        return new Contact(
                c.getSoort(),
                c.getTelefoon() != null,
                adres != null && adres.getHuis() != null && adres.getPostcode() != null,
                adres == null || adres.getLandCode() == null
                        ? null
                        : adres.getLandCode().value(),
                adres == null ? null : adres.getPostcode(),
                periode == null ? null : date(periode.getBegindatum()),
                periode == null ? null : date(periode.getEinddatum()),
                periode != null,
                adres != null && adres.getHuis() != null);
    }
}
