package nl.ketenhub.bericht;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.transform.sax.SAXSource;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Binds an accepted message to the JAXB classes generated from schemas/. One JAXBContext for all
 * message types, created once; one Unmarshaller and one SAX parser ({@link AcceptedReader#hardenedSaxReader}) per thread. Binds straight from
 * the message's bytes in one SAX pass: intake validated them already, and building a DOM only to
 * bind it (and, for iWmo, copying it to rename its namespaces) cost more than the binding itself.
 */
@Component
public class BerichtUnmarshaller {

    /** Every iWmo namespace and its iJw counterpart: the message namespaces and the basisschema's. */
    private static final Map<String, String> IWMO_AS_IJW = iwmoAsIjw();

    private final JAXBContext context;
    private final ThreadLocal<Unmarshaller> unmarshallers;
    private final ThreadLocal<XMLReader> readers = ThreadLocal.withInitial(AcceptedReader::hardenedSaxReader);
    private final ThreadLocal<XMLReader> iwmoReaders =
            ThreadLocal.withInitial(() -> new NamespaceMapping(AcceptedReader.hardenedSaxReader(), IWMO_AS_IJW));

    public BerichtUnmarshaller() throws JAXBException {
        String packages = Arrays.stream(BerichtType.values())
                .map(type -> "nl.ketenhub.xml." + type.standaard().folder() + "." + type.schemaName())
                .collect(Collectors.joining(":"));
        this.context = JAXBContext.newInstance(packages, BerichtUnmarshaller.class.getClassLoader());
        this.unmarshallers = ThreadLocal.withInitial(this::newUnmarshaller);
    }

    /**
     * Binds a message of either standard to the iJw classes of its message number ({@code
     * nl.ketenhub.xml.ijw.jw301.Root} for WMO301 and JW301). iWmo and iJw 3.2 share one structure
     * (only code lists differ, which are strings in the generated classes, and the iJw-only optional
     * elements), so one translator per message number serves both. An iWmo message is read with
     * the iJw namespaces in place of its own ({@link NamespaceMapping}); its bytes stay untouched.
     */
    public <T> T unmarshalAsIjw(InboundBericht bericht, Class<T> ijwRoot) {
        XMLReader reader = bericht.type().standaard() == Standaard.IJW ? readers.get() : iwmoReaders.get();
        try {
            return unmarshallers
                    .get()
                    .unmarshal(
                            new SAXSource(reader, new InputSource(new ByteArrayInputStream(bericht.payload()))),
                            ijwRoot)
                    .getValue();
        } catch (JAXBException e) {
            throw new IllegalStateException("A validated message could not be bound to " + ijwRoot.getName(), e);
        }
    }

    private static Map<String, String> iwmoAsIjw() {
        Map<String, String> namespaces = new HashMap<>();
        namespaces.put(Standaard.IWMO.basisschemaNamespace(), Standaard.IJW.basisschemaNamespace());
        for (BerichtType type : BerichtType.values()) {
            if (type.standaard() == Standaard.IWMO) {
                Arrays.stream(BerichtType.values())
                        .filter(ijw -> ijw.standaard() == Standaard.IJW && ijw.nummer() == type.nummer())
                        .findFirst()
                        .ifPresent(ijw -> namespaces.put(type.namespace(), ijw.namespace()));
            }
        }
        return namespaces;
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
