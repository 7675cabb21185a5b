package nl.ketenhub.declaratie;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * Which parts of a 323 its findings reject: the whole declaration (a finding on the Declaratie
 * class or the header, or any level 2 finding), a client with all its prestaties, or single
 * prestaties (IV087).
 */
record Afwijzingen(List<Finding> findings) {

    static Afwijzingen of(Declaratiebericht bericht, List<Finding> findings) {
        return new Afwijzingen(List.copyOf(findings));
    }

    List<Finding> declaratieFindings() {
        return findings.stream()
                .filter(f -> Declaratiebericht.DECLARATIE.equals(f.path()) || "Header".equals(f.path()))
                .toList();
    }

    /** The declaration as a whole is rejected: nothing is approved, nothing is forwarded. */
    boolean declaratie() {
        return !declaratieFindings().isEmpty()
                || findings.stream().anyMatch(f -> f.level() == nl.ketenhub.bericht.Level.CONTENT);
    }

    /** The retourcodes on exactly this class. */
    List<String> codes(String path) {
        return findings.stream()
                .filter(f -> path.equals(f.path()))
                .map(Finding::retourCode)
                .distinct()
                .toList();
    }

    boolean rejected(Rules323.At at) {
        return declaratie()
                || !codes(at.path()).isEmpty()
                || !codes(Declaratiebericht.clientPath(at.client())).isEmpty();
    }
}
