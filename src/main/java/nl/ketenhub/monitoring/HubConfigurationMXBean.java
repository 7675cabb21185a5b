package nl.ketenhub.monitoring;

import java.util.Map;

/** The effective configuration over JMX ({@code nl.ketenhub:type=Configuration}). */
public interface HubConfigurationMXBean {

    /** One line per partner: code, naam, role, intake channels, delivery channel, state. */
    String[] getPartners();

    /** One line per contract row as loaded from contracts.yaml. */
    String[] getContracts();

    /** Schema (jw301, wmo301, ...) to "BerichtXsdVersie / BasisschemaXsdVersie". */
    Map<String, String> getSchemaVersions();
}
