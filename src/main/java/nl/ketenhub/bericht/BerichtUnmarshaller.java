package nl.ketenhub.bericht;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.datatype.XMLGregorianCalendar;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Binds an inspected message to the JAXB classes generated from schemas/. One JAXBContext for all
 * message types, created once; one Unmarshaller per thread. Binds the DOM that intake already
 * parsed and validated, so no message is parsed twice.
 */
@Component
public class BerichtUnmarshaller {

    private final JAXBContext context;
    private final ThreadLocal<Unmarshaller> unmarshallers;

    public BerichtUnmarshaller() throws JAXBException {
        String packages = Arrays.stream(BerichtType.values())
                .map(type -> "nl.ketenhub.xml." + type.standaard().folder() + "." + type.schemaName())
                .collect(Collectors.joining(":"));
        this.context = JAXBContext.newInstance(packages, BerichtUnmarshaller.class.getClassLoader());
        this.unmarshallers = ThreadLocal.withInitial(this::newUnmarshaller);
    }

    /** The message's root ({@code Root} of its package). */
    public <T> T unmarshal(Document document, Class<T> root) {
        try {
            return unmarshallers.get().unmarshal(document, root).getValue();
        } catch (JAXBException e) {
            throw new IllegalStateException("A validated message could not be bound to " + root.getName(), e);
        }
    }

    /**
     * Binds a message of either standard to the iJw classes of its message number ({@code
     * nl.ketenhub.xml.ijw.jw301.Root} for WMO301 and JW301). iWmo and iJw 3.2 share one structure
     * (only code lists differ, which are strings in the generated classes, and the iJw-only optional
     * elements), so one translator per message number serves both. An iWmo message is bound from a
     * copy with the iJw namespaces; the original document stays untouched for the retour.
     */
    public <T> T unmarshalAsIjw(Document document, BerichtType type, Class<T> ijwRoot) {
        if (type.standaard() == Standaard.IJW) {
            return unmarshal(document, ijwRoot);
        }
        BerichtType ijw = BerichtType.of(Standaard.IJW, type.nummer());
        Document copy = (Document) document.cloneNode(true);
        rename(
                copy.getDocumentElement(),
                Map.of(
                        type.namespace(), ijw.namespace(),
                        Standaard.IWMO.basisschemaNamespace(), Standaard.IJW.basisschemaNamespace()));
        return unmarshal(copy, ijwRoot);
    }

    private static void rename(Element element, Map<String, String> namespaces) {
        String target = namespaces.get(element.getNamespaceURI());
        Element renamed = target == null
                ? element
                : (Element) element.getOwnerDocument().renameNode(element, target, element.getLocalName());
        for (Node child = renamed.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                rename(childElement, namespaces);
            }
        }
    }

    private Unmarshaller newUnmarshaller() {
        try {
            return context.createUnmarshaller();
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LocalDate date(XMLGregorianCalendar value) {
        return value == null ? null : LocalDate.of(value.getYear(), value.getMonth(), value.getDay());
    }

    public static LocalTime time(XMLGregorianCalendar value) {
        return value == null ? null : LocalTime.of(value.getHour(), value.getMinute(), value.getSecond());
    }
}
