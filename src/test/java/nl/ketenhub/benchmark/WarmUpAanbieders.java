package nl.ketenhub.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The aanbieders the warm-up rounds send as, one per round, so that each round can run the measured
 * run's mix (three cohorts, up to six monthly 323s from March): TR318 lets an aanbieder's
 * DeclaratiePeriodes at a gemeente only go forward, so rounds on 42420001 would leave the measured
 * run no month to declare. Each is a copy of 42420001 (JMS in and out, its iJw and iWmo contracts
 * with gemeente 0384), in a copy of {@code config/} that the benchmark's hub reads instead. A region
 * has tens of aanbieders too: each adds one intake route with one consumer.
 */
final class WarmUpAanbieders {

    /** The warm-up's aanbieder codes: 8 digits, none of them a demo partner's. */
    static List<String> codes(int rounds) {
        return IntStream.rangeClosed(1, rounds)
                .mapToObj(round -> String.format("4243%04d", round))
                .toList();
    }

    /** Copies {@code config} into {@code target} with the aanbieders added; returns {@code target}. */
    static Path writeConfig(Path config, Path target, List<String> codes) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(config)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        StringBuilder partners = new StringBuilder("\n");
        StringBuilder contracts = new StringBuilder("\n");
        for (String code : codes) {
            partners.append(partner(code));
            contracts.append(contract(code, "Jeugdwet", "55", "[55A11, 55A12]", "2026-01-01"));
            contracts.append(contract(code, "Wmo", "01", "[01A01]", "2023-01-01"));
        }
        append(target.resolve("partners.yaml"), partners);
        append(target.resolve("contracts.yaml"), contracts);
        return target;
    }

    private static String partner(String code) {
        return """
                  - code: "%1$s"
                    naam: Benchmark warm-up aanbieder %1$s
                    channels:
                      intake: [JMS]
                      delivery: {type: JMS}
                    credentials:
                      tokenEnv: KETENHUB_TOKEN_%1$s
                      demoToken: demo-%1$s
                      brokerPasswordEnv: KETENHUB_BROKER_PASSWORD_%1$s

                """
                .formatted(code);
    }

    private static String contract(String code, String wet, String categorie, String codes, String ingang) {
        return """
                  - gemeente: "0384"
                    aanbieder: "%s"
                    wet: %s
                    productcategorie: "%s"
                    productcodes: %s
                    ingangsdatum: %s
                    einddatum: 2027-12-31
                    uitvoeringsvariant: inspanningsgericht

                """
                .formatted(code, wet, categorie, codes, ingang);
    }

    private static void append(Path file, CharSequence text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private WarmUpAanbieders() {}
}
