package nl.ketenhub.referentie;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parsed content of one reference file that follows the file on disk: loaded (and checked) at
 * start-up, where a fault stops the hub; afterwards reloaded when its modification time or size
 * changes, at most once per interval. A replaced file that is invalid is logged with its problems
 * and the data loaded before stays in force until the file is fixed.
 */
final class ReloadingFile<T> {

    private static final Logger log = LoggerFactory.getLogger(ReloadingFile.class);

    private record Snapshot<T>(T value, String stamp, long checkedAt) {}

    private final Path path;
    private final Function<Path, T> loader;
    private final long intervalNanos;
    private volatile Snapshot<T> snapshot;

    /** Loads the file now; throws {@link ReferentieException} when it is invalid. */
    ReloadingFile(Path path, Function<Path, T> loader, Duration interval) {
        this.path = path;
        this.loader = loader;
        this.intervalNanos = interval.toNanos();
        String stamp = stamp();
        this.snapshot = new Snapshot<>(loader.apply(path), stamp, System.nanoTime());
    }

    T get() {
        Snapshot<T> current = snapshot;
        if (System.nanoTime() - current.checkedAt() >= intervalNanos) {
            current = refresh();
        }
        return current.value();
    }

    private synchronized Snapshot<T> refresh() {
        Snapshot<T> current = snapshot;
        if (System.nanoTime() - current.checkedAt() < intervalNanos) {
            return current;
        }
        String stamp = stamp();
        T value = current.value();
        if (!stamp.equals(current.stamp())) {
            try {
                value = loader.apply(path);
                log.info("Reloaded {}", path);
            } catch (ReferentieException e) {
                log.error(
                        "{} changed but is not valid; the data loaded before stays in force. {}", path, e.getMessage());
            }
        }
        snapshot = new Snapshot<>(value, stamp, System.nanoTime());
        return snapshot;
    }

    /** Modification time and size, or "missing". */
    private String stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.lastModifiedTime() + "/" + attributes.size();
        } catch (NoSuchFileException e) {
            return "missing";
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
