package nl.ketenhub.canonical;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Level;

/** A {@link Finding} as stored in the bericht_finding table. */
@Embeddable
public class BerichtFinding {

    static final int MAX_MESSAGE = 2000;

    @NotNull
    @Size(max = 40)
    private String rule;

    @Size(max = 4)
    private String retourCode;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "level")
    private Level level;

    @NotNull
    @Size(max = MAX_MESSAGE)
    private String message;

    @Size(max = 500)
    private String path;

    protected BerichtFinding() {}

    BerichtFinding(Finding finding) {
        this.rule = finding.rule();
        this.retourCode = finding.retourCode();
        this.level = finding.level();
        this.message = storableMessage(finding.message());
        this.path = finding.path();
    }

    /** A finding's message as the column holds it: cut off after {@value #MAX_MESSAGE} characters. */
    public static String storableMessage(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE);
    }

    public Finding toFinding() {
        return new Finding(rule, retourCode, level, message, path == null ? "" : path);
    }
}
