package nl.ketenhub.retour;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.ClockConfiguration;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Level;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSOutput;
import org.w3c.dom.ls.LSSerializer;

/**
 * Builds the retour (302, 306, 308, 316, 318, 320) of a heenbericht per IV028, for iWmo and iJw
 * alike, by mirroring the heenbericht's DOM.
 *
 * <ul>
 *   <li>no findings: header only, without RetourCodes (approved);
 *   <li>a level 2 finding: header only with 0001 and XsltVersie;
 *   <li>level 3/4 findings on {@code Header} (or outside the client part): header only with their
 *       codes;
 *   <li>level 3/4 findings in the client part: header 0200 (or the header's own codes), then the
 *       whole client part with RetourCodes on every class: the rule's code on the class in error,
 *       0233 on classes below it, 0200 on the others.
 * </ul>
 *
 * Findings of level 1 (FORMAT) and of the hub's POLICY have no place in a retour and are ignored.
 */
@Component
public final class RetourBuilder {

    static final String GOEDGEKEURD = "0200";
    static final String NIET_BEOORDEELD = "0233";
    static final String INHOUD_AFGEKEURD = "0001";

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private static final String CRLF = "\r\n";
    private static final List<String> COPIED_HEADER =
            List.of("BerichtVersie", "BerichtSubversie", "Afzender", "Ontvanger", "BerichtIdentificatie", "XsdVersie");

    private final Clock clock;
    private final RetourProperties properties;

    public RetourBuilder(Clock clock, RetourProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    public Document build(
            Document heenbericht,
            BerichtType heenType,
            List<Finding> findings,
            String identificatieRetour,
            String basisschemaXsdVersie,
            String berichtXsdVersie) {
        BerichtType retourType =
                heenType.retour().orElseThrow(() -> new IllegalArgumentException(heenType + " has no retour"));
        Namen namen = new Namen(heenType, retourType);
        Element heenRoot = heenbericht.getDocumentElement();
        if (!heenType.namespace().equals(heenRoot.getNamespaceURI())) {
            throw new IllegalArgumentException(
                    "heenbericht is not a namespace-aware DOM in the namespace of " + heenType);
        }
        Element heenHeader = firstChildElement(heenRoot);
        Element heenBody = heenHeader == null ? null : nextElement(heenHeader);
        if (heenHeader == null || !"Header".equals(heenHeader.getLocalName())) {
            throw new IllegalArgumentException("heenbericht has no Header");
        }

        List<Finding> relevant = findings.stream()
                .filter(f ->
                        f.level() == Level.CONTENT || f.level() == Level.CROSS_MESSAGE || f.level() == Level.EXTERNAL)
                .toList();
        boolean level2 = relevant.stream().anyMatch(f -> f.level() == Level.CONTENT);

        Set<String> headerCodes = new LinkedHashSet<>();
        Map<Element, Set<String>> klasseCodes = new HashMap<>();
        KlassePaden paden = null;
        if (level2) {
            headerCodes.add(INHOUD_AFGEKEURD);
        } else {
            if (heenBody != null) {
                paden = new KlassePaden(heenBody, RetourKlassen.of(retourType));
            }
            for (Finding finding : relevant) {
                String code = retourCode(finding);
                Element klasse = paden == null || "Header".equals(finding.path()) ? null : paden.klasse(finding.path());
                if (klasse == null) {
                    headerCodes.add(code);
                } else {
                    klasseCodes
                            .computeIfAbsent(klasse, k -> new LinkedHashSet<>())
                            .add(code);
                }
            }
            if (!klasseCodes.isEmpty() && headerCodes.isEmpty()) {
                headerCodes.add(GOEDGEKEURD);
            }
        }

        Document retour = newDocument();
        Element root = retour.createElementNS(namen.retourNs, namen.retourPrefix + ":Bericht");
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + namen.retourPrefix, namen.retourNs);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + namen.basisPrefix, namen.basisNs);
        retour.appendChild(root);

        Element header = namen.retourElement(retour, "Header");
        root.appendChild(header);
        header.appendChild(namen.retourElement(retour, "BerichtCode", retourType.berichtCode()));
        for (Node n = heenHeader.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && COPIED_HEADER.contains(e.getLocalName())) {
                header.appendChild(new Spiegel(retour, namen, null, Map.of()).copy(e, false));
            }
        }
        header.appendChild(namen.retourElement(retour, "IdentificatieRetour", identificatieRetour));
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.AMSTERDAM));
        header.appendChild(namen.retourElement(retour, "DagtekeningRetour", today.toString()));
        if (level2) {
            header.appendChild(namen.retourElement(retour, "XsltVersie", properties.xsltVersie()));
        }
        Element xsdVersieRetour = namen.retourElement(retour, "XsdVersieRetour");
        xsdVersieRetour.appendChild(namen.basisElement(retour, "BasisschemaXsdVersie", basisschemaXsdVersie));
        xsdVersieRetour.appendChild(namen.basisElement(retour, "BerichtXsdVersie", berichtXsdVersie));
        header.appendChild(xsdVersieRetour);
        if (!headerCodes.isEmpty()) {
            header.appendChild(namen.retourCodes(retour, headerCodes));
        }

        if (!klasseCodes.isEmpty()) {
            root.appendChild(new Spiegel(retour, namen, paden, klasseCodes).copy(heenBody, false));
        }
        return retour;
    }

    /** The document as UTF-8 without BOM, with an XML declaration and CR/LF line ends (OP192). */
    public byte[] toBytes(Document document) {
        DOMImplementationLS ls =
                (DOMImplementationLS) document.getImplementation().getFeature("LS", "3.0");
        LSSerializer serializer = ls.createLSSerializer();
        serializer.getDomConfig().setParameter("format-pretty-print", Boolean.TRUE);
        // written by hand: the JDK serializer puts the root element on the declaration's line
        serializer.getDomConfig().setParameter("xml-declaration", Boolean.FALSE);
        serializer.setNewLine(CRLF);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((XML_DECLARATION + CRLF).getBytes(StandardCharsets.UTF_8));
        LSOutput output = ls.createLSOutput();
        output.setEncoding(StandardCharsets.UTF_8.name());
        output.setByteStream(bytes);
        serializer.write(document.getDocumentElement(), output);
        return bytes.toByteArray();
    }

    private static String retourCode(Finding finding) {
        if (finding.retourCode() == null) {
            throw new IllegalArgumentException(
                    "finding " + finding.rule() + " of level " + finding.level() + " has no retourcode");
        }
        return finding.retourCode();
    }

    /** One builder per thread: looking up and configuring a factory per retour showed in the profile. */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no DOM implementation", e);
        }
    });

    private static Document newDocument() {
        return BUILDERS.get().newDocument();
    }

    static Element firstChildElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static Element nextElement(Element element) {
        for (Node n = element.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    /** Namespaces and prefixes: heen message namespace to retour namespace; basisschema stays. */
    static final class Namen {
        final String heenNs;
        final String retourNs;
        final String retourPrefix;
        final String basisNs;
        final String basisPrefix;

        Namen(BerichtType heen, BerichtType retour) {
            this.heenNs = heen.namespace();
            this.retourNs = retour.namespace();
            this.retourPrefix = retour.schemaName();
            this.basisNs = retour.standaard().basisschemaNamespace();
            this.basisPrefix = retour.standaard().folder();
        }

        Element mirror(Document doc, Element source) {
            String ns = source.getNamespaceURI();
            if (Objects.equals(ns, heenNs)) {
                return retourElement(doc, source.getLocalName());
            }
            if (Objects.equals(ns, basisNs)) {
                return doc.createElementNS(basisNs, basisPrefix + ":" + source.getLocalName());
            }
            return (Element) doc.importNode(source, false);
        }

        Element retourElement(Document doc, String localName) {
            return doc.createElementNS(retourNs, retourPrefix + ":" + localName);
        }

        Element retourElement(Document doc, String localName, String text) {
            Element e = retourElement(doc, localName);
            e.setTextContent(text);
            return e;
        }

        Element basisElement(Document doc, String localName, String text) {
            Element e = doc.createElementNS(basisNs, basisPrefix + ":" + localName);
            e.setTextContent(text);
            return e;
        }

        Element retourCodes(Document doc, Collection<String> codes) {
            Element retourCodes = retourElement(doc, "RetourCodes");
            for (String code : codes) {
                retourCodes.appendChild(retourElement(doc, "RetourCode", code));
            }
            return retourCodes;
        }
    }
}
