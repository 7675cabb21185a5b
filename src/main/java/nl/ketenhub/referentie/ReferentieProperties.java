package nl.ketenhub.referentie;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the reference data lives and how often the hub looks for a replaced file.
 *
 * @param gemeentecodes the CBS gemeentelijke indeling (code, naam, geldig-van, geldig-tot); required
 * @param productcodes the gemeenten's own product code lists (gemeente, wet, categorie, code);
 *     optional: without it every gemeente uses the national convention
 * @param reloadInterval how long a loaded file is trusted before its modification time is checked
 *     again; a changed file is loaded and checked, an invalid one is logged and the old data kept.
 *     Zero checks on every lookup.
 */
@ConfigurationProperties("ketenhub.referentie")
public record ReferentieProperties(
        @DefaultValue("config/cbs-gemeentecodes.csv") Path gemeentecodes,
        @DefaultValue("config/productcodes.csv") Path productcodes,
        @DefaultValue("10s") Duration reloadInterval) {}
