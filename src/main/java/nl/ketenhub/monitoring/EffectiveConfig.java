package nl.ketenhub.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.partner.Contract;
import nl.ketenhub.partner.ContractRegister;
import nl.ketenhub.partner.Partner;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The configuration the hub runs with, as loaded: partners and their channels (never a credential),
 * contracts, and the version of every message schema (from the XSD appinfo). Shown by {@code GET
 * /api/admin/config} and the {@code nl.ketenhub:type=Configuration} MBean.
 */
@Component
class EffectiveConfig {

    private final PartnerChannels channels;
    private final ContractRegister contracts;
    private final Map<String, SchemaVersion> schemaVersions;

    EffectiveConfig(PartnerChannels channels, ContractRegister contracts) {
        this.channels = channels;
        this.contracts = contracts;
        this.schemaVersions = readSchemaVersions();
    }

    record PartnerView(
            String code,
            String naam,
            String role,
            List<String> intake,
            String deliveryType,
            String deliveryTarget,
            String format,
            boolean paused) {}

    record SchemaVersion(String schema, String berichtCode, String berichtXsdVersie, String basisschemaXsdVersie) {}

    record View(List<PartnerView> partners, List<Contract> contracts, List<SchemaVersion> schemas) {}

    View view() {
        return new View(partners(), contracts.all(), List.copyOf(schemaVersions.values()));
    }

    List<PartnerView> partners() {
        List<PartnerView> result = new ArrayList<>();
        for (Partner p : channels.partners()) {
            result.add(new PartnerView(
                    p.code(),
                    p.naam(),
                    p.role().name(),
                    p.intake().stream().map(Enum::name).sorted().toList(),
                    p.delivery().type().name(),
                    p.delivery().target(),
                    p.format(),
                    channels.isPaused(p.code())));
        }
        return result;
    }

    List<Contract> contracts() {
        return contracts.all();
    }

    List<SchemaVersion> schemaVersions() {
        return List.copyOf(schemaVersions.values());
    }

    private static Map<String, SchemaVersion> readSchemaVersions() {
        Map<String, SchemaVersion> versions = new LinkedHashMap<>();
        for (BerichtType type : BerichtType.values()) {
            try (InputStream in = EffectiveConfig.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
                if (in == null) {
                    continue;
                }
                Document xsd = parser().parse(in);
                versions.put(
                        type.schemaName(),
                        new SchemaVersion(
                                type.schemaName(),
                                type.berichtCode(),
                                appinfo(xsd, "BerichtXsdVersie"),
                                appinfo(xsd, "BasisschemaXsdVersie")));
            } catch (IOException | SAXException | ParserConfigurationException e) {
                throw new IllegalStateException("cannot read the version of " + type.schemaResource(), e);
            }
        }
        return versions;
    }

    private static String appinfo(Document xsd, String name) {
        NodeList nodes = xsd.getElementsByTagNameNS("*", name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    private static javax.xml.parsers.DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder();
    }
}
