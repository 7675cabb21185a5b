package nl.ketenhub.referentie;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The CBS gemeentelijke indeling by date (TR378): which gemeentecodes exist on a given day. Read
 * from {@code ketenhub.referentie.gemeentecodes} (default config/cbs-gemeentecodes.csv, built by
 * tools/cbs-gemeentecodes.py) and checked at start-up; a replaced file is picked up while running.
 */
@Component
public class GemeentecodeRegister {

    private final ReloadingFile<Map<String, List<Gemeentecode>>> file;

    public GemeentecodeRegister(ReferentieProperties properties) {
        this.file =
                new ReloadingFile<>(properties.gemeentecodes(), GemeentecodeFile::load, properties.reloadInterval());
    }

    /** Whether the code is in the CBS list valid on that day. */
    public boolean isValid(String code, LocalDate on) {
        return code != null && on != null && periods(code).stream().anyMatch(p -> p.isValidOn(on));
    }

    /** Whether the code was ever in the list (in any period the list covers). */
    public boolean isKnown(String code) {
        return code != null && !periods(code).isEmpty();
    }

    /** The periods of a code, oldest first as in the file; empty for an unknown code. */
    public List<Gemeentecode> periods(String code) {
        return file.get().getOrDefault(code, List.of());
    }

    /** The name of the code on that day, when it was valid then. */
    public Optional<String> naam(String code, LocalDate on) {
        return periods(code).stream()
                .filter(p -> p.isValidOn(on))
                .map(Gemeentecode::naam)
                .findFirst();
    }
}
