package nl.ketenhub.benchmark;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.schemas.IwmoMirror;

/**
 * One phase of the benchmark's {@link Trajectories} mix: its messages and, per outbound queue, how
 * many of each outcome must arrive there (see {@link #outcome(String)}).
 */
record Phase(String name, List<Outbound> messages, Map<String, Map<String, Integer>> expected) {

    private static final Pattern BERICHT_CODE = Pattern.compile(":BerichtCode>(\\d+)<");
    private static final Pattern RETOUR_CODE = Pattern.compile(":RetourCode>(\\d+)<");

    /** One message to send: the partner's intake queue, its label for the per-code counts, the XML. */
    record Outbound(String queue, String label, String xml) {}

    /** How many outcomes (forwards and retours) the phase waits for. */
    int outcomes() {
        return expected.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToInt(Integer::intValue)
                .sum();
    }

    /**
     * Phases of different clients sent as one: their messages interleaved (one of each in turn), and
     * the outcomes of all of them expected.
     */
    static Phase together(String name, List<Phase> phases) {
        List<Outbound> messages = new ArrayList<>();
        int longest = phases.stream().mapToInt(p -> p.messages().size()).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (Phase phase : phases) {
                if (i < phase.messages().size()) {
                    messages.add(phase.messages().get(i));
                }
            }
        }
        Map<String, Map<String, Integer>> expected = new TreeMap<>();
        phases.forEach(phase -> phase.expected()
                .forEach((queue, outcomes) -> outcomes.forEach((type, n) ->
                        expected.computeIfAbsent(queue, q -> new TreeMap<>()).merge(type, n, Integer::sum))));
        String names = phases.stream().map(Phase::name).collect(java.util.stream.Collectors.joining(" | "));
        return new Phase(name + ": " + names, List.copyOf(messages), expected);
    }

    /** How many messages of each label the phases send, then how many per standard. */
    static Map<String, Integer> counts(List<Phase> phases) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        phases.forEach(phase -> phase.messages().forEach(m -> counts.merge(m.label(), 1, Integer::sum)));
        phases.forEach(phase -> phase.messages()
                .forEach(m -> counts.merge(m.xml().contains("/iwmo/3_2/") ? "iWmo" : "iJw", 1, Integer::sum)));
        return counts;
    }

    /** What arrived, as its message type with "!" when it is a retour that rejects: "JW316", "WMO306!". */
    static String outcome(String xml) {
        Matcher code = BERICHT_CODE.matcher(xml);
        if (!code.find()) {
            return "unknown";
        }
        String berichtCode = code.group(1);
        String type = Arrays.stream(BerichtType.values())
                .filter(t -> t.berichtCode().equals(berichtCode))
                .map(Enum::name)
                .findFirst()
                .orElse("code " + berichtCode);
        return rejectionCodes(xml).isEmpty() ? type : type + "!";
    }

    /** The RetourCodes of a message other than 0200 (see the detail) and 8001 (declaration approved). */
    static List<String> rejectionCodes(String xml) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = RETOUR_CODE.matcher(xml);
        while (matcher.find()) {
            if (!matcher.group(1).equals("0200") && !matcher.group(1).equals("8001")) {
                codes.add(matcher.group(1));
            }
        }
        return codes;
    }

    /** Collects one phase; iWmo messages are mirrored from the iJw builders' output. */
    static final class Builder {
        private final String name;
        private final List<Outbound> messages = new ArrayList<>();
        private final Map<String, Map<String, Integer>> expected = new TreeMap<>();

        Builder(String name) {
            this.name = name;
        }

        Builder send(String queue, String label, Standaard standaard, String ijw) throws Exception {
            messages.add(new Outbound(queue, label, standaard == Standaard.IWMO ? toIwmo(ijw) : ijw));
            return this;
        }

        /** One more message of type {@code nummer} in the standard must arrive on the queue, rejecting or not. */
        Builder expect(String queue, Standaard standaard, int nummer, boolean rejected) {
            String type = BerichtType.of(standaard, nummer).name() + (rejected ? "!" : "");
            expected.computeIfAbsent(queue, q -> new TreeMap<>()).merge(type, 1, Integer::sum);
            return this;
        }

        Phase phase() {
            return new Phase(name, List.copyOf(messages), expected);
        }
    }

    /** The iWmo form of an iJw builder's message, on the demo iWmo contract's product 01A01. */
    static String toIwmo(String ijw) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(ijw.replace("55A11", "01A01").getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance()
                .newTransformer()
                .transform(
                        new DOMSource(IwmoMirror.toIwmo(IwmoMirror.withoutIjwOnlyElements(document))),
                        new StreamResult(out));
        // the mirror puts every product in category 02; the contract is on 01
        return out.toString().replace("Categorie>02<", "Categorie>01<");
    }
}
