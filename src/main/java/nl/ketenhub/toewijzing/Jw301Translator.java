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
import nl.ketenhub.xml.ijw.jw301.Client;
import nl.ketenhub.xml.ijw.jw301.Root;
import org.springframework.stereotype.Component;

/** JW301 (JAXB, generated from schemas/ijw/jw301.xsd) to the canonical {@link Toewijzingbericht}. */
@Component
class Jw301Translator {

    private final BerichtUnmarshaller unmarshaller;

    Jw301Translator(BerichtUnmarshaller unmarshaller) {
        this.unmarshaller = unmarshaller;
    }

    Toewijzingbericht translate(InboundBericht bericht) {
        Client client = unmarshaller.unmarshal(bericht.document(), Root.class).getClient();
        List<Contact> contacten = client.getContactgegevens().getContact().stream()
                .map(Jw301Translator::contact)
                .toList();
        List<Relatie> relaties = client.getRelaties() == null
                ? List.of()
                : client.getRelaties().getRelatie().stream()
                        .map(r -> new Relatie(r.getNummer(), r.getSoort(), contact(r.getContact())))
                        .toList();
        List<ToegewezenProduct> producten = client.getToegewezenProducten().getToegewezenProduct().stream()
                .map(Jw301Translator::product)
                .toList();
        return new Toewijzingbericht(
                bericht.header(),
                client.getBsn(),
                new Geboortedatum(
                        date(client.getGeboortedatum().getDatum()),
                        client.getGeboortedatum().getDatumGebruik()),
                contacten,
                relaties,
                producten);
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
                periode != null);
    }
}
