package nl.ketenhub.bericht;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.xml.datatype.XMLGregorianCalendar;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

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
