package nl.ketenhub.spreadsheet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenhub.bericht.BerichtViews;
import nl.ketenhub.bericht.Channel;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Inspection;
import nl.ketenhub.bericht.IntakeInspector;
import nl.ketenhub.bericht.IntakeProperties;
import nl.ketenhub.bericht.IntakeResult;
import nl.ketenhub.bericht.IntakeService;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.retour.Identificaties;
import nl.ketenhub.retour.RetourProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A spreadsheet upload (CSV or XLSX, over HTTPS or the file drop) turned into standard messages.
 * All or nothing up to intake: the file is read, every row checked, rows grouped into messages,
 * every message built and inspected (level 1) before the first one is handed to
 * {@link IntakeService}; one error anywhere and no message leaves, the report says why. The
 * hand-over is one database transaction: the upload, its rows and the log entries of all its
 * messages commit together, and the messages reach the pipeline queue only after that commit
 * ({@link IntakeService#receiveInspected}, which takes the trial's inspection instead of checking
 * the XSD again). A failure part-way rolls everything back: the upload is recorded as failed with
 * that reason, nothing of it is logged or queued, and the same file can simply be sent again.
 * After that each message goes through the pipeline as any other, and the report follows them.
 */
@Service
public class SpreadsheetIntake {

    private static final Logger LOG = LoggerFactory.getLogger(SpreadsheetIntake.class);

    private final IntakeService intake;
    private final IntakeInspector inspector;
    private final BerichtViews views;
    private final UploadStore store;
    private final RetourProperties versions;
    private final SpreadsheetProperties properties;
    private final IntakeProperties intakeLimits;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SpreadsheetIntake(
            IntakeService intake,
            IntakeInspector inspector,
            BerichtViews views,
            UploadStore store,
            RetourProperties versions,
            SpreadsheetProperties properties,
            IntakeProperties intakeLimits,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.intake = intake;
        this.inspector = inspector;
        this.views = views;
        this.store = store;
        this.versions = versions;
        this.properties = properties;
        this.intakeLimits = intakeLimits;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The outcome of an upload.
     *
     * @param accepted false when the upload was refused whole (nothing reached intake)
     * @param report the per-row report as CSV, as it stands now
     * @param failed the hub failed while taking it (nothing reached intake; send it again)
     */
    public record Outcome(UUID id, boolean accepted, String report, boolean failed) {}

    /**
     * @param name the file name (may be null over HTTPS)
     * @param xlsx whether the bytes are an XLSX workbook (else CSV)
     * @param reportPath file drop: where the final report is to be written; null over HTTPS
     */
    public Outcome receive(
            Partner partner, Channel channel, String name, boolean xlsx, byte[] bytes, String reportPath) {
        UUID id = UUID.randomUUID();
        List<RowError> errors = new ArrayList<>();
        List<Planned> planned = plan(partner, xlsx, bytes, errors);
        if (!errors.isEmpty()) {
            String report = UploadReport.csv(UploadReport.refused(errors));
            store.create(new UploadStore.Upload(id, partner.code(), channel, name, clock.instant(), report, null));
            LOG.info("upload {} from {} via {} refused: {} error(s)", id, partner.code(), channel, errors.size());
            return new Outcome(id, false, report, false);
        }
        try {
            transaction.executeWithoutResult(status -> handOver(
                    new UploadStore.Upload(id, partner.code(), channel, name, clock.instant(), null, reportPath),
                    partner,
                    planned));
        } catch (RuntimeException e) {
            String report = UploadReport.csv(UploadReport.failed());
            store.create(new UploadStore.Upload(id, partner.code(), channel, name, clock.instant(), report, null));
            LOG.error(
                    "upload {} from {} via {} failed while handing its {} message(s) to intake; none was taken",
                    id,
                    partner.code(),
                    channel,
                    planned.size(),
                    e);
            return new Outcome(id, false, report, true);
        }
        LOG.info(
                "upload {} from {} via {}: {} message(s) handed to intake",
                id,
                partner.code(),
                channel,
                planned.size());
        return new Outcome(id, true, UploadReport.csv(lines(id)), false);
    }

    /** In one transaction: the upload, the log entry of every message and the rows that made it. */
    private void handOver(UploadStore.Upload upload, Partner partner, List<Planned> planned) {
        store.create(upload);
        for (Planned message : planned) {
            IntakeResult result =
                    intake.receiveInspected(partner, upload.kanaal(), message.xml(), message.inspection());
            List<UploadStore.RowLink> links = new ArrayList<>();
            for (int i = 0; i < message.group().rows().size(); i++) {
                links.add(new UploadStore.RowLink(
                        message.group().rows().get(i).row(),
                        message.group().type().name(),
                        result.id(),
                        message.group().paths().get(i)));
            }
            store.addRows(upload.id(), links);
        }
    }

    /** The report of an upload as it stands; empty when the partner has no such upload. */
    public Optional<Report> report(UUID id, String partner) {
        return store.find(id).filter(u -> u.partner().equals(partner)).map(upload -> {
            if (upload.afgekeurd() != null) {
                return new Report(upload.afgekeurd(), true);
            }
            List<ReportLine> lines = lines(id);
            return new Report(UploadReport.csv(lines), lines.stream().allMatch(ReportLine::decided));
        });
    }

    /** A report and whether every row in it is decided. */
    public record Report(String csv, boolean complete) {}

    List<ReportLine> lines(UUID id) {
        List<ReportLine> lines = new ArrayList<>();
        for (UploadStore.RowLink link : store.rows(id)) {
            views.view(link.berichtId()).ifPresent(view -> lines.add(UploadReport.row(link, view)));
        }
        return lines;
    }

    private record Planned(Grouping.Group group, byte[] xml, Inspection inspection) {}

    private List<Planned> plan(Partner partner, boolean xlsx, byte[] bytes, List<RowError> errors) {
        if (partner.isGemeente()) {
            errors.add(new RowError(0, "", "alleen zorgaanbieders leveren 305, 307, 315 en 323 aan"));
            return List.of();
        }
        if (bytes.length > intakeLimits.maxBytes()) {
            errors.add(new RowError(0, "", "het bestand is groter dan " + intakeLimits.maxBytes() + " bytes"));
            return List.of();
        }
        Table table;
        try {
            table = SheetReader.read(bytes, xlsx);
        } catch (SheetException e) {
            errors.add(new RowError(0, "", e.getMessage()));
            return List.of();
        }
        if (table.lines().size() > properties.maxRows()) {
            errors.add(new RowError(0, "", "meer dan " + properties.maxRows() + " rijen; splits het bestand"));
            return List.of();
        }
        RowParser.Result parsed = RowParser.parse(table);
        errors.addAll(parsed.errors());
        if (!parsed.ok()) {
            return List.of();
        }
        Grouping.Result grouped = Grouping.group(parsed.layout(), parsed.rows());
        errors.addAll(grouped.errors());
        LocalDate today = LocalDate.now(clock);
        List<Planned> planned = new ArrayList<>();
        for (Grouping.Group group : grouped.groups()) {
            MessageWriter.Envelope envelope = new MessageWriter.Envelope(
                    partner.code(),
                    Identificaties.next(),
                    today,
                    versions.basisschemaXsdVersie(),
                    versions.berichtXsdVersie());
            byte[] xml = MessageWriter.write(group, envelope);
            Inspection inspection = inspector.inspect(xml);
            for (Finding finding : inspection.findings()) {
                for (SheetRow row : group.rows()) {
                    errors.add(new RowError(
                            row.row(), "", "het bericht voldoet niet aan de standaard: " + finding.message()));
                }
            }
            planned.add(new Planned(group, xml, inspection));
        }
        return errors.isEmpty() ? planned : List.of();
    }
}
