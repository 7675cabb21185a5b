package nl.ketenhub.retour;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the retour messages the hub writes.
 *
 * @param xsltVersie the value of {@code XsltVersie} in a retour that rejects a message on a level 2
 *     rule (IV033): the version of the rule set the hub's in-message checks implement
 * @param basisschemaXsdVersie {@code XsdVersieRetour/BasisschemaXsdVersie} (IV034): that of schemas/
 * @param berichtXsdVersie {@code XsdVersieRetour/BerichtXsdVersie} (IV034): that of schemas/
 */
@ConfigurationProperties("ketenhub.retour")
public record RetourProperties(
        @DefaultValue("1.0.0") String xsltVersie,
        @DefaultValue("1.0.0") String basisschemaXsdVersie,
        @DefaultValue("1.0.0") String berichtXsdVersie) {

    public RetourProperties {
        if (xsltVersie == null || !xsltVersie.matches("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)")) {
            throw new IllegalArgumentException("ketenhub.retour.xslt-versie must look like 1.0.0");
        }
    }
}
