package nl.ketenhub.retour;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.bericht.ClockConfiguration;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.xml.hub.Afwijzing;
import nl.ketenhub.xml.hub.Bevinding;
import nl.ketenhub.xml.hub.ObjectFactory;
import org.springframework.stereotype.Component;

/**
 * Builds the hub's own rejection document ({@code schemas/hub/afwijzing.xsd}) for faults the
 * standard has no retourcode for: level 1 (format) and the hub's contract policy. It names every
 * finding with its rule, level, message and path; it carries no BSN.
 */
@Component
public final class AfwijzingBuilder {

    private static final ObjectFactory FACTORY = new ObjectFactory();
    private static final JAXBContext CONTEXT = createContext();

    private final Clock clock;
    private final DatatypeFactory datatypes;

    public AfwijzingBuilder(Clock clock) {
        this.clock = clock;
        try {
            this.datatypes = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("no XML datatype factory", e);
        }
    }

    /**
     * @param berichtId the hub's id of the rejected message
     * @param header the rejected message's header, or null when it could not be read
     * @param findings at least one finding
     * @return the document, UTF-8 with XML declaration
     */
    public byte[] build(String berichtId, BerichtHeader header, List<Finding> findings) {
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("an Afwijzing needs at least one finding");
        }
        Afwijzing afwijzing = FACTORY.createAfwijzing();
        afwijzing.setBerichtId(berichtId);
        ZonedDateTime now =
                ZonedDateTime.now(clock.withZone(ClockConfiguration.AMSTERDAM)).truncatedTo(ChronoUnit.SECONDS);
        afwijzing.setTijdstip(datatypes.newXMLGregorianCalendar(now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        if (header != null) {
            afwijzing.setAfzender(header.afzender());
            afwijzing.setOntvanger(header.ontvanger());
            afwijzing.setBerichtCode(
                    header.type() == null ? null : header.type().berichtCode());
            afwijzing.setIdentificatie(header.identificatie());
            if (header.dagtekening() != null) {
                afwijzing.setDagtekening(
                        datatypes.newXMLGregorianCalendar(header.dagtekening().toString()));
            }
        }
        for (Finding finding : findings) {
            Bevinding bevinding = FACTORY.createBevinding();
            bevinding.setRegel(finding.rule());
            bevinding.setRetourCode(finding.retourCode());
            bevinding.setNiveau(finding.level().number());
            bevinding.setOmschrijving(finding.message());
            bevinding.setPad(finding.path().isBlank() ? null : finding.path());
            afwijzing.getBevinding().add(bevinding);
        }
        return marshal(afwijzing);
    }

    private static byte[] marshal(Afwijzing afwijzing) {
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            marshaller.marshal(FACTORY.createAfwijzing(afwijzing), bytes);
            return bytes.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write Afwijzing", e);
        }
    }

    private static JAXBContext createContext() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
