package nl.ketenhub.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.format.MessageFormat;
import nl.ketenhub.format.UntranslatableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * partners.yaml {@code format: CSV}: an aanbieder without software. It reads what the hub sends as
 * CSV (docs/csv.md): a 301 as one row per toegewezen product ({@link ToewijzingCsv}), a retour as
 * its retourcodes with their meaning ({@link RetourCsv}). Every other message (319, the hub's
 * rejection document) is delivered as the standard XML, with a log line saying so. It sends its
 * own messages as spreadsheet uploads ({@link SpreadsheetIntake}); a single message in CSV on the
 * message channels is refused.
 */
@Component
class CsvFormat implements MessageFormat {

    private static final Logger LOG = LoggerFactory.getLogger(CsvFormat.class);
    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    @Override
    public String name() {
        return "CSV";
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public byte[] toStandard(byte[] payload) {
        throw new UntranslatableException("a CSV partner sends its rows as a spreadsheet upload (POST /api/uploads or"
                + " a .csv/.xlsx file in its drop folder), not as a single message");
    }

    @Override
    public byte[] fromStandard(byte[] xml) {
        return render(xml).body();
    }

    @Override
    public Rendered render(byte[] xml) {
        Document document = OutboundXml.parse(xml);
        Optional<BerichtType> type = document == null
                ? Optional.empty()
                : BerichtType.forNamespace(document.getDocumentElement().getNamespaceURI());
        String csv = type.map(t -> csv(t, document)).orElse(null);
        if (csv == null) {
            LOG.info(
                    "{} has no CSV form; delivered as the standard XML",
                    type.map(BerichtType::name).orElse("the hub's rejection document"));
            return new Rendered(xml, "application/xml", "xml");
        }
        return new Rendered(csv.getBytes(StandardCharsets.UTF_8), MEDIA_TYPE, fileExtension());
    }

    /** The CSV of a message type that has one, else null. */
    private static String csv(BerichtType type, Document document) {
        if (type.nummer() == 301) {
            return ToewijzingCsv.write(type.name(), document);
        }
        return type.isRetour() || type.nummer() == 325 ? RetourCsv.write(type.name(), document) : null;
    }
}
