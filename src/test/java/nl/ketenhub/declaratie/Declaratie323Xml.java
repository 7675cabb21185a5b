package nl.ketenhub.declaratie;

/**
 * JW323 from aanbieder 42420001 to gemeente 0384 declaring April 2026 (dagtekening 2026-05-06), one
 * client, and its debit prestaties of category 55 for April 2026.
 */
public final class Declaratie323Xml {

    private Declaratie323Xml() {}

    /** A debit prestatie for April 2026; IngediendBedrag is volume times tarief. */
    public static String prestatie(
            String referentie, long nummer, String code, long volume, String eenheid, long tarief) {
        return """
                <jw323:Prestatie>
                  <jw323:ProductReferentie><ijw:ReferentieNummer>%s</ijw:ReferentieNummer></jw323:ProductReferentie>
                  <jw323:ToewijzingNummer>%d</jw323:ToewijzingNummer>
                  <jw323:ProductCategorie>55</jw323:ProductCategorie>
                  <jw323:ProductCode>%s</jw323:ProductCode>
                  <jw323:ProductPeriode><ijw:Begindatum>2026-04-01</ijw:Begindatum><ijw:Einddatum>2026-04-30</ijw:Einddatum></jw323:ProductPeriode>
                  <jw323:GeleverdVolume>%d</jw323:GeleverdVolume>
                  <jw323:Eenheid>%s</jw323:Eenheid>
                  <jw323:ProductTarief>%d</jw323:ProductTarief>
                  <jw323:IngediendBedrag><ijw:Bedrag>%d</ijw:Bedrag><ijw:DebetCredit>D</ijw:DebetCredit></jw323:IngediendBedrag>
                </jw323:Prestatie>
                """
                .formatted(referentie, nummer, code, volume, eenheid, tarief, volume * tarief);
    }

    /** The 323 with its Identificatie, DeclaratieNummer, TotaalIngediendBedrag (debit) and the client's prestaties. */
    public static String declaratie(String id, String nummer, long totaal, String bsn, String... prestaties) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <jw323:Bericht xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" xmlns:jw323="http://www.istandaarden.nl/ijw/3_2/jw323/schema">
                  <jw323:Header>
                    <jw323:BerichtCode>490</jw323:BerichtCode>
                    <jw323:BerichtVersie>3</jw323:BerichtVersie>
                    <jw323:BerichtSubversie>2</jw323:BerichtSubversie>
                    <jw323:Afzender>42420001</jw323:Afzender>
                    <jw323:Ontvanger>0384</jw323:Ontvanger>
                    <jw323:BerichtIdentificatie><ijw:Identificatie>%s</ijw:Identificatie><ijw:Dagtekening>2026-05-06</ijw:Dagtekening></jw323:BerichtIdentificatie>
                    <jw323:XsdVersie><ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie><ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie></jw323:XsdVersie>
                  </jw323:Header>
                  <jw323:Declaratie>
                    <jw323:DeclaratieNummer>%s</jw323:DeclaratieNummer>
                    <jw323:DeclaratiePeriode><ijw:Begindatum>2026-04-01</ijw:Begindatum><ijw:Einddatum>2026-04-30</ijw:Einddatum></jw323:DeclaratiePeriode>
                    <jw323:DeclaratieDagtekening>2026-05-06</jw323:DeclaratieDagtekening>
                    <jw323:TotaalIngediendBedrag><ijw:TotaalBedrag>%d</ijw:TotaalBedrag><ijw:DebetCredit>D</ijw:DebetCredit></jw323:TotaalIngediendBedrag>
                    <jw323:Clienten>
                      <jw323:Client>
                        <jw323:Bsn>%s</jw323:Bsn>
                        <jw323:Prestaties>
                %s        </jw323:Prestaties>
                      </jw323:Client>
                    </jw323:Clienten>
                  </jw323:Declaratie>
                </jw323:Bericht>
                """
                .formatted(id, nummer, totaal, bsn, String.join("", prestaties));
    }
}
