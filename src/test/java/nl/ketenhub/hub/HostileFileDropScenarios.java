package nl.ketenhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile files in the file drop {@code <data-dir>/inbox/0384/} of the running hub. The drop reads
 * regular files named {@code *.xml} of at most the maximum size; it refuses anything else by moving
 * it to {@code .error/} with a reason file and a REJECTED entry in the message log; it does not
 * pick up hidden files (a partner writes under a dot name and renames) nor anything outside the
 * partner's folder. Subclasses choose the database.
 */
abstract class HostileFileDropScenarios extends HubTestSupport {

    private static final String SECRET = "GEHEIM-51c9";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    private Path inbox;

    @BeforeEach
    void inbox() throws IOException {
        inbox = Files.createDirectories(Path.of(dataDir, "inbox", "0384"));
    }

    @Test
    void aFileAboveTheMaximumIsRefusedUnreadWithItsReason() throws Exception {
        String name = "big-" + uniqueId() + ".xml";
        Path hidden = inbox.resolve("." + name);
        try (OutputStream out = Files.newOutputStream(hidden)) {
            out.write(ExternScenarios.jw301(uniqueId(), uniqueBsn(), uniqueNummer())
                    .replace("</jw301:Bericht>", "<!--")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] filler = "x".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 30; i++) {
                out.write(filler);
            }
            out.write("--></jw301:Bericht>".getBytes(StandardCharsets.UTF_8));
        }
        Files.move(hidden, inbox.resolve(name));

        UUID id = awaitRefused(name, "OP179", "more than the maximum of 26214400 bytes");

        assertThat(Files.size(inbox.resolve(".error").resolve(name))).isGreaterThan(30L * 1024 * 1024);
        assertThat(payload(id)).isEmpty();
    }

    @Test
    void anExternalEntityInADroppedFileIsRefusedWithoutReadingTheFileItNames() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), SECRET);
        String name = "xxe-" + uniqueId() + ".xml";
        String xml = ExternScenarios.jw301(uniqueId(), uniqueBsn(), uniqueNummer())
                .replaceFirst("\\?>", "?>\n<!DOCTYPE jw301:Bericht [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("Commentaar client", "&xxe;");

        drop(name, xml);

        awaitRefused(name, "XML", "DOCTYPE");
    }

    @Test
    void aFileThatIsNotXmlByNameIsRefusedAndLogged() throws Exception {
        String name = "bericht-" + uniqueId() + ".txt";

        drop(name, ExternScenarios.jw301(uniqueId(), uniqueBsn(), uniqueNummer()));

        awaitRefused(name, "OP192", "only .xml files are accepted");
    }

    @Test
    void aSymbolicLinkIsRefusedAndWhatItPointsToIsNeverRead() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.xml"), SECRET);
        String name = "link-" + uniqueId() + ".xml";

        Files.createSymbolicLink(inbox.resolve(name), secret);

        UUID id = awaitRefused(name, "HUB-BESTAND", "not a regular file");
        assertThat(payload(id)).isEmpty();
    }

    @Test
    void oddButLegalNamesAreReadLikeAnyOther() throws Exception {
        List<String> names = List.of(
                "met spaties en ünïcødé 文字 " + uniqueId() + ".xml",
                "x..." + uniqueId() + ".XML",
                "'; DROP TABLE bericht;-- " + uniqueId() + ".xml");
        for (String name : names) {
            drop(name, ExternScenarios.jw301(uniqueId(), uniqueBsn(), uniqueNummer()));
        }

        for (String name : names) {
            awaitTrue(() -> doneFile(name) != null);
            assertThat(doneFile(name)).as(name).isNotNull();
            assertThat(inbox.resolve(".error").resolve(name)).doesNotExist();
        }
    }

    /** Camel takes a backslash for a path separator and would never read the file. */
    @Test
    void aNameWithABackslashIsRefusedRatherThanLeftLying() throws Exception {
        String name = "x..\\..\\" + uniqueId() + ".xml";

        drop(name, ExternScenarios.jw301(uniqueId(), uniqueBsn(), uniqueNummer()));

        awaitRefused(name, "HUB-BESTAND", "backslash");
    }

    /** The drop's lock marker needs 10 bytes more than the name: a longer name is refused, not left lying. */
    @Test
    void aNameTooLongForTheDropIsRefusedWithItsReasonUnderAShortenedName() throws Exception {
        String id = uniqueId();
        String name = id + "x".repeat(251 - id.length()) + ".xml";

        drop(name, "<not-a-bericht/>");

        awaitTrue(() -> Files.exists(inbox.resolve(".error").resolve(name)));
        Path reason;
        try (Stream<Path> files = Files.list(inbox.resolve(".error"))) {
            reason = files.filter(p -> p.getFileName().toString().startsWith(id)
                            && p.getFileName().toString().endsWith(".reason.txt"))
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(reason.getFileName().toString().getBytes(StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(255);
        String text = Files.readString(reason);
        assertThat(text).startsWith("bericht ").contains("HUB-BESTAND: the file name is 255 bytes");
        UUID logged = UUID.fromString(text.substring("bericht ".length(), "bericht ".length() + 36));
        assertThat(JSON.readTree(get("/api/berichten/" + logged, "demo-0384").body())
                        .get("status")
                        .asString())
                .isEqualTo("REJECTED");
        assertThat(inbox.resolve(name)).doesNotExist();
    }

    @Test
    void hiddenFilesAndFilesOutsideThePartnersFolderAreNotPickedUp() throws Exception {
        String hidden = "..\\" + uniqueId() + ".xml";
        Path outside = inbox.resolve("../" + uniqueId() + ".xml").normalize();
        String valid = "valid-" + uniqueId() + ".xml";
        drop(hidden, ExternScenarios.jw301(uniqueId(), uniqueBsn(), uniqueNummer()));
        Files.writeString(outside, ExternScenarios.jw301(uniqueId(), uniqueBsn(), uniqueNummer()));

        drop(valid, ExternScenarios.jw301(uniqueId(), uniqueBsn(), uniqueNummer()));

        awaitTrue(() -> doneFile(valid) != null);
        assertThat(doneFile(valid)).isNotNull();
        assertThat(inbox.resolve(hidden)).exists();
        assertThat(outside).exists();
        assertThat(outside.getParent()).isEqualTo(inbox.getParent());
        Files.delete(inbox.resolve(hidden));
        Files.delete(outside);
    }

    /** Waits for the file in .error/ with its reason; returns the message-log id the reason names. */
    private UUID awaitRefused(String name, String rule, String named) throws Exception {
        Path error = inbox.resolve(".error").resolve(name);
        Path reasonFile = inbox.resolve(".error").resolve(name + ".reason.txt");
        awaitTrue(() -> Files.exists(error, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.exists(reasonFile));
        assertThat(reasonFile).exists();
        String reason = Files.readString(reasonFile);
        assertThat(reason)
                .startsWith("bericht ")
                .contains(rule + ": ")
                .contains(named)
                .doesNotContain(SECRET);
        assertThat(inbox.resolve(name)).doesNotExist();
        UUID id = UUID.fromString(reason.substring("bericht ".length(), "bericht ".length() + 36));
        JsonNode logged = JSON.readTree(get("/api/berichten/" + id, "demo-0384").body());
        assertThat(logged.get("status").asString()).isEqualTo("REJECTED");
        assertThat(logged.get("partner").asString()).isEqualTo("0384");
        List<String> rules = new ArrayList<>();
        logged.get("findings").forEach(f -> rules.add(f.get("rule").asString()));
        assertThat(rules).contains(rule);
        assertThat(payload(id)).doesNotContain(SECRET);
        return id;
    }

    private String payload(UUID id) throws Exception {
        return get("/api/berichten/" + id + "/payload", "demo-0384").body();
    }

    private Path doneFile(String name) {
        try (Stream<Path> days = Files.list(inbox.resolve(".done"))) {
            return days.map(day -> day.resolve(name))
                    .filter(Files::exists)
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Written under a hidden name and renamed, as a partner should, so the drop never sees half a file. */
    private void drop(String name, String content) throws IOException {
        Path hidden = inbox.resolve("." + UUID.randomUUID() + ".tmp");
        Files.writeString(hidden, content);
        Files.move(hidden, inbox.resolve(name));
    }
}
