package nl.ketenhub.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.schemas.MessageMutator.Kind;
import nl.ketenhub.schemas.MessageMutator.Mutant;
import nl.ketenhub.schemas.XsdDirectory.Verdict;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;

/**
 * Our schemas ({@code schemas/ijw}, {@code schemas/iwmo}) must give every published sample and
 * every mutant of it the same valid/invalid verdict as the published 3.2 XSDs. The iWmo retour
 * schemas, which were never published, are held to the iJw retour schemas they mirror.
 *
 * <p>{@code -Dours.dir=...} points the test at another folder with {@code ijw/} and {@code iwmo/}.
 */
class SchemaConformanceTest {

    private static final List<String> KNOWN_BAD = List.of("JW315", "JW318");
    private static final int MINIMUM_CORPUS = 500;

    private static Map<Standaard, XsdDirectory> published;
    private static Map<Standaard, XsdDirectory> ours;
    private static List<Sample> samples;
    private static List<Case> corpus;
    private static List<Case> mirrorCorpus;

    /** A published sample message. */
    record Sample(String name, BerichtType type, Document document) {}

    /**
     * One message for our schema, with the verdict of the published schema on its published form.
     *
     * @param kind the mutation; null for an unmutated sample
     */
    record Case(String sample, String name, Kind kind, String schemaName, Document ours, Verdict expected) {

        Case(Mutant mutant, String schemaName, Document ours, Verdict expected) {
            this(
                    mutant.sample(),
                    mutant.kind().name().toLowerCase(Locale.ROOT) + " " + mutant.description(),
                    mutant.kind(),
                    schemaName,
                    ours,
                    expected);
        }
    }

    @BeforeAll
    static void compileSchemasAndBuildCorpus() {
        Path shared = Path.of(System.getProperty("shared.dir", "../shared"));
        Path basedir = Path.of(System.getProperty("basedir", "."));
        Path oursDir = Path.of(
                System.getProperty("ours.dir", basedir.resolve("schemas").toString()));
        Assumptions.assumeTrue(
                Files.isDirectory(oursDir.resolve("ijw")) || Files.isDirectory(oursDir.resolve("iwmo")),
                "our iJw/iWmo schemas are not in " + oursDir + " yet");
        published = new EnumMap<>(Standaard.class);
        ours = new EnumMap<>(Standaard.class);
        samples = new ArrayList<>();
        corpus = new ArrayList<>();
        mirrorCorpus = new ArrayList<>();
        for (Standaard standaard : Standaard.values()) {
            Path release =
                    shared.resolve("istandaarden").resolve(standaard.folder()).resolve("3.2");
            published.put(standaard, new XsdDirectory(release.resolve("xsd")));
            ours.put(standaard, new XsdDirectory(oursDir.resolve(standaard.folder())));
            MessageMutator mutator = MessageMutator.withEnumerationsOf(release.resolve("xsd/basisschema.xsd"));
            for (Path file : xmlFiles(release.resolve("berichten"))) {
                Sample sample = sample(file);
                samples.add(sample);
                for (Mutant mutant : mutator.mutate(sample.name(), sample.document())) {
                    String schemaName = sample.type().schemaName();
                    corpus.add(new Case(
                            mutant,
                            schemaName,
                            mutant.document(),
                            published.get(standaard).verdict(schemaName, mutant.document())));
                }
                if (sample.type().standaard() == Standaard.IJW
                        && !published(
                                BerichtType.of(Standaard.IWMO, sample.type().nummer()))) {
                    addMirrorCases(mutator, sample);
                }
            }
        }
    }

    /** iWmo retours have no published XSD: ours wmoNNN on the iWmo form vs published jwNNN on the iJw form. */
    private static void addMirrorCases(MessageMutator mutator, Sample sample) {
        Document ijwForm = IwmoMirror.withoutIjwOnlyElements(sample.document());
        String jw = sample.type().schemaName();
        String wmo = BerichtType.of(Standaard.IWMO, sample.type().nummer()).schemaName();
        mirrorCorpus.add(new Case(
                sample.name(),
                "unmutated sample",
                null,
                wmo,
                IwmoMirror.toIwmo(ijwForm),
                published.get(Standaard.IJW).verdict(jw, ijwForm)));
        for (Mutant mutant : mutator.mutate(sample.name(), ijwForm)) {
            if (mutant.targets().stream().noneMatch(IwmoMirror.IJW_ONLY::contains)) {
                mirrorCorpus.add(new Case(
                        mutant,
                        wmo,
                        IwmoMirror.toIwmo(mutant.document()),
                        published.get(Standaard.IJW).verdict(jw, mutant.document())));
            }
        }
    }

    private static boolean published(BerichtType type) {
        return published.get(type.standaard()).has(type.schemaName());
    }

    @TestFactory
    Stream<DynamicTest> everyPublishedSampleGetsTheSameVerdict() {
        return samples.stream()
                .map(sample -> DynamicTest.dynamicTest(sample.name(), () -> {
                    String schema = sample.type().schemaName();
                    Verdict expected = published.get(sample.type().standaard()).verdict(schema, sample.document());
                    Verdict actual = ours.get(sample.type().standaard()).verdict(schema, sample.document());
                    assertEquals(
                            expected.valid(), actual.valid(), () -> "published: " + expected + ", ours: " + actual);
                }));
    }

    @Test
    void knownBadSamplesFailAgainstBothSchemas() {
        List<Sample> bad =
                samples.stream().filter(s -> KNOWN_BAD.contains(s.name())).toList();
        assertThat(bad).extracting(Sample::name).containsExactlyInAnyOrderElementsOf(KNOWN_BAD);
        for (Sample sample : bad) {
            String schema = sample.type().schemaName();
            assertThat(published
                            .get(Standaard.IJW)
                            .verdict(schema, sample.document())
                            .valid())
                    .as("published verdict on %s", sample.name())
                    .isFalse();
            assertThat(ours.get(Standaard.IJW)
                            .verdict(schema, sample.document())
                            .valid())
                    .as("our verdict on %s", sample.name())
                    .isFalse();
        }
        assertThat(samples).filteredOn(s -> !KNOWN_BAD.contains(s.name())).allSatisfy(s -> assertThat(published
                        .get(s.type().standaard())
                        .verdict(s.type().schemaName(), s.document())
                        .valid())
                .as("published verdict on %s", s.name())
                .isTrue());
    }

    @TestFactory
    Stream<DynamicNode> everyMutantGetsTheSameVerdict() {
        return bySample(corpus);
    }

    @TestFactory
    Stream<DynamicNode> iwmoRetourSchemasAgreeWithTheIjwRetourSchemasTheyMirror() {
        return bySample(mirrorCorpus);
    }

    @Test
    void corpusIsLargeAndMostlyInvalid() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(MINIMUM_CORPUS);
        long invalid = corpus.stream().filter(c -> !c.expected().valid()).count();
        assertThat(invalid).as("invalid mutants").isGreaterThanOrEqualTo(corpus.size() / 2);
        Map<Kind, Long> invalidByKind = new EnumMap<>(Kind.class);
        corpus.stream().filter(c -> !c.expected().valid()).forEach(c -> invalidByKind.merge(c.kind(), 1L, Long::sum));
        assertThat(invalidByKind).as("invalid mutants per kind").containsKeys(Kind.values());
    }

    @Test
    void mirrorCorpusCoversEveryUnpublishedIwmoRetour() {
        List<String> unpublished = Stream.of(BerichtType.values())
                .filter(t -> t.standaard() == Standaard.IWMO && !published(t))
                .map(BerichtType::schemaName)
                .toList();
        assertThat(unpublished)
                .containsExactlyInAnyOrder("wmo302", "wmo306", "wmo308", "wmo316", "wmo318", "wmo320", "wmo325");
        assertThat(mirrorCorpus).extracting(Case::schemaName).containsAll(unpublished);
        assertThat(mirrorCorpus).filteredOn(c -> !c.expected().valid()).hasSizeGreaterThan(mirrorCorpus.size() / 2);
        assertThat(mirrorCorpus).filteredOn(c -> c.expected().valid()).isNotEmpty();
    }

    private static Stream<DynamicNode> bySample(List<Case> cases) {
        Map<String, List<Case>> bySample = new LinkedHashMap<>();
        cases.forEach(c -> bySample.computeIfAbsent(c.sample() + " -> " + c.schemaName(), k -> new ArrayList<>())
                .add(c));
        return bySample.entrySet().stream()
                .map(e -> DynamicContainer.dynamicContainer(
                        e.getKey(), e.getValue().stream().map(SchemaConformanceTest::sameVerdict)));
    }

    private static DynamicTest sameVerdict(Case c) {
        return DynamicTest.dynamicTest(c.name(), () -> {
            XsdDirectory our = ours.get(c.schemaName().startsWith("jw") ? Standaard.IJW : Standaard.IWMO);
            Verdict actual = our.verdict(c.schemaName(), c.ours());
            assertEquals(
                    c.expected().valid(),
                    actual.valid(),
                    () -> c.sample() + " " + c.name() + "\npublished: " + c.expected() + "\nours (" + c.schemaName()
                            + "): " + actual + "\n" + Xml.print(c.ours()));
        });
    }

    private static Sample sample(Path file) {
        String name = file.getFileName().toString().replace(".xml", "");
        Document document = Xml.parse(file);
        BerichtType type = BerichtType.forNamespace(
                        document.getDocumentElement().getNamespaceURI())
                .orElseThrow(() -> new IllegalStateException("unknown namespace in " + file));
        return new Sample(name, type, document);
    }

    private static List<Path> xmlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
