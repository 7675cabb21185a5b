package nl.ketenhub.spreadsheet;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the spreadsheet intake.
 *
 * @param reportTimeout the file drop writes an upload's final report when every message is decided,
 *     or after this long with the rows still undecided marked "in behandeling"
 * @param maxRows the most data rows one upload may have
 */
@ConfigurationProperties("ketenhub.spreadsheet")
public record SpreadsheetProperties(@DefaultValue("PT10M") Duration reportTimeout, @DefaultValue("5000") int maxRows) {

    public SpreadsheetProperties {
        if (reportTimeout == null || reportTimeout.isNegative() || reportTimeout.isZero()) {
            throw new IllegalArgumentException("ketenhub.spreadsheet.report-timeout must be positive");
        }
        if (maxRows <= 0) {
            throw new IllegalArgumentException("ketenhub.spreadsheet.max-rows must be positive");
        }
    }
}
