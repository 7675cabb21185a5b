package nl.ketenhub.referentie;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Registers over files in a test folder. */
public final class ReferentieFixtures {

    static final String GEMEENTECODES =
            """
            # test list
            code,naam,geldig-van,geldig-tot
            0384,Diemen,,
            0501,Brielle,,2022-12-31
            1992,Voorne aan Zee,2023-01-01,
            0820,"Nuenen, Gerwen en Nederwetten",,
            """;

    private ReferentieFixtures() {}

    static ReferentieProperties properties(Path dir, Duration reload) {
        return new ReferentieProperties(dir.resolve("cbs-gemeentecodes.csv"), dir.resolve("productcodes.csv"), reload);
    }

    static GemeentecodeRegister gemeentecodes(Path dir) throws IOException {
        Files.writeString(dir.resolve("cbs-gemeentecodes.csv"), GEMEENTECODES);
        return new GemeentecodeRegister(properties(dir, Duration.ofHours(1)));
    }

    /** A product code register with the given productcodes.csv content, or without the file when null. */
    static ProductcodeRegister productcodes(Path dir, String csv) throws IOException {
        GemeentecodeRegister gemeentecodes = gemeentecodes(dir);
        if (csv != null) {
            Files.writeString(dir.resolve("productcodes.csv"), csv);
        }
        return new ProductcodeRegister(properties(dir, Duration.ofHours(1)), gemeentecodes);
    }

    /**
     * TR378 and TR381 on the shipped CBS list (config/cbs-gemeentecodes.csv) and the national product
     * code convention (no gemeente has its own list): 1992 (Voorne aan Zee) exists from 2023-01-01.
     */
    public static ReferentieRules shippedRules(Path dir) {
        ReferentieProperties properties = new ReferentieProperties(
                Path.of("config/cbs-gemeentecodes.csv"), dir.resolve("productcodes.csv"), Duration.ofHours(1));
        GemeentecodeRegister gemeentecodes = new GemeentecodeRegister(properties);
        return new ReferentieRules(
                new TR378(gemeentecodes), new TR381(new ProductcodeRegister(properties, gemeentecodes)));
    }
}
