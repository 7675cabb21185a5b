package nl.ketenhub.bericht;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the intake inspection.
 *
 * @param maxBytes the largest message accepted, in bytes (OP179: 25 MB)
 */
@ConfigurationProperties("ketenhub.intake")
public record IntakeProperties(@DefaultValue("26214400") long maxBytes) {

    public static final long OP179_MAX_BYTES = 26_214_400L;

    public IntakeProperties {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("ketenhub.intake.max-bytes must be positive");
        }
    }

    public static IntakeProperties defaults() {
        return new IntakeProperties(OP179_MAX_BYTES);
    }
}
