package nl.ketenhub.schemas;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Standaard;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Derives a deterministic corpus of small faults from a valid (or known-bad) message: every element
 * removed, duplicated, moved to a wrong namespace; adjacent siblings swapped; every leaf value
 * emptied, shortened, lengthened, padded, given letters, time zones, impossible dates, an
 * out-of-range code. Nothing is random: the same sample always yields the same mutants in the same
 * order.
 */
final class MessageMutator {

    enum Kind {
        REQUIRED_OR_OPTIONAL_ELEMENT_REMOVED,
        ELEMENT_DUPLICATED,
        SIBLINGS_SWAPPED,
        UNKNOWN_ELEMENT_ADDED,
        WRONG_NAMESPACE,
        WRONG_BERICHTCODE,
        EMPTY_VALUE,
        ONE_CHARACTER_SHORTER,
        ONE_CHARACTER_LONGER,
        TOO_LONG,
        SURROUNDING_SPACES,
        LETTER_FOR_DIGIT,
        TIME_ZONE,
        NON_EXISTENT_DATE,
        DATE_FORMAT,
        ENUMERATION_OUT_OF_RANGE
    }

    /**
     * @param targets local names of the element(s) the mutation changed, to filter by fact
     */
    record Mutant(String sample, Kind kind, String description, Document document, Set<String> targets) {
        String name() {
            return sample + ": " + kind + " " + description;
        }
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final String XS = "http://www.w3.org/2001/XMLSchema";
    private static final int TOO_LONG_LENGTH = 4001;

    /** Per code value: every value of every enumeration that contains it. */
    private final Map<String, Set<String>> enumerationPeers;

    private MessageMutator(Map<String, Set<String>> enumerationPeers) {
        this.enumerationPeers = enumerationPeers;
    }

    /** A mutator that knows the enumerations of the given (published) basisschema. */
    static MessageMutator withEnumerationsOf(Path basisschema) {
        Document xsd = Xml.parse(basisschema);
        Map<String, Set<String>> peers = new HashMap<>();
        NodeList restrictions = xsd.getElementsByTagNameNS(XS, "restriction");
        for (int i = 0; i < restrictions.getLength(); i++) {
            Set<String> values = new LinkedHashSet<>();
            for (Element child : children((Element) restrictions.item(i))) {
                if (XS.equals(child.getNamespaceURI()) && "enumeration".equals(child.getLocalName())) {
                    values.add(child.getAttribute("value"));
                }
            }
            for (String value : values) {
                peers.computeIfAbsent(value, v -> new HashSet<>()).addAll(values);
            }
        }
        return new MessageMutator(peers);
    }

    List<Mutant> mutate(String sample, Document original) {
        Element root = original.getDocumentElement();
        BerichtType type = BerichtType.forNamespace(root.getNamespaceURI())
                .orElseThrow(() -> new IllegalArgumentException("unknown message namespace in " + sample));
        Run run = new Run(sample, original, type);
        List<Element> elements = elements(original);
        run.wholeMessageNamespaces();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (!seen.add(path(element).replaceAll("\\[\\d+]", ""))) {
                continue; // a repeated class: the first occurrence stands for the schema facts
            }
            run.structural(i, element);
            if (children(element).isEmpty()) {
                run.values(i, element);
            }
        }
        return run.mutants;
    }

    private final class Run {
        final String sample;
        final Document original;
        final BerichtType type;
        final String basisNamespace;
        final List<Mutant> mutants = new ArrayList<>();

        Run(String sample, Document original, BerichtType type) {
            this.sample = sample;
            this.original = original;
            this.type = type;
            this.basisNamespace = type.standaard().basisschemaNamespace();
        }

        void wholeMessageNamespaces() {
            BerichtType other = next(type);
            add(Kind.WRONG_NAMESPACE, 0, "all message elements in the namespace of " + other, (doc, root) -> {
                for (Element e : elements(doc)) {
                    if (type.namespace().equals(e.getNamespaceURI())) {
                        rename(doc, e, other.namespace());
                    }
                }
            });
            add(Kind.WRONG_NAMESPACE, 0, "root element in release 3_1 namespace", (doc, root) -> {
                rename(doc, root, type.namespace().replace("/3_2/", "/3_1/"));
            });
            Standaard otherStandaard = type.standaard() == Standaard.IJW ? Standaard.IWMO : Standaard.IJW;
            add(Kind.WRONG_NAMESPACE, 0, "basisschema elements in the " + otherStandaard + " basisschema", (doc, r) -> {
                for (Element e : elements(doc)) {
                    if (basisNamespace.equals(e.getNamespaceURI())) {
                        rename(doc, e, otherStandaard.basisschemaNamespace());
                    }
                }
            });
        }

        void structural(int index, Element element) {
            String path = path(element);
            add(Kind.REQUIRED_OR_OPTIONAL_ELEMENT_REMOVED, index, path, (doc, e) -> e.getParentNode()
                    .removeChild(e));
            add(Kind.ELEMENT_DUPLICATED, index, path, (doc, e) -> e.getParentNode()
                    .insertBefore(e.cloneNode(true), e.getNextSibling()));
            String wrongNamespace =
                    basisNamespace.equals(element.getNamespaceURI()) ? type.namespace() : basisNamespace;
            add(
                    Kind.WRONG_NAMESPACE,
                    index,
                    path + " in " + wrongNamespace,
                    (doc, e) -> rename(doc, e, wrongNamespace));
            nextElementSibling(element)
                    .filter(next -> !next.getLocalName().equals(element.getLocalName()))
                    .ifPresent(next -> add(
                            Kind.SIBLINGS_SWAPPED,
                            index,
                            path + " <-> " + next.getLocalName(),
                            Set.of(element.getLocalName(), next.getLocalName()),
                            (doc, e) -> e.getParentNode()
                                    .insertBefore(nextElementSibling(e).orElseThrow(), e)));
            if (!children(element).isEmpty()) {
                add(
                        Kind.UNKNOWN_ELEMENT_ADDED,
                        index,
                        path + "/Onbekend",
                        (doc, e) -> e.appendChild(doc.createElementNS(e.getNamespaceURI(), "Onbekend")));
            }
        }

        void values(int index, Element element) {
            String path = path(element);
            String value = element.getTextContent();
            if ("BerichtCode".equals(element.getLocalName())) {
                BerichtType counterpart = BerichtType.of(
                        type.standaard() == Standaard.IJW ? Standaard.IWMO : Standaard.IJW, type.nummer());
                for (String code : List.of(next(type).berichtCode(), counterpart.berichtCode(), "999")) {
                    setValue(Kind.WRONG_BERICHTCODE, index, path, code);
                }
            }
            if (!value.isEmpty()) {
                setValue(Kind.EMPTY_VALUE, index, path, "");
                setValue(Kind.ONE_CHARACTER_LONGER, index, path, value + value.charAt(value.length() - 1));
                setValue(Kind.TOO_LONG, index, path, pad(value));
                setValue(Kind.SURROUNDING_SPACES, index, path, " " + value + " ");
            }
            if (value.length() >= 2) {
                setValue(Kind.ONE_CHARACTER_SHORTER, index, path, value.substring(0, value.length() - 1));
            }
            Matcher digit = DIGIT.matcher(value);
            if (digit.find()) {
                setValue(Kind.LETTER_FOR_DIGIT, index, path, digit.replaceFirst("A"));
            }
            Matcher date = DATE.matcher(value);
            if (date.matches()) {
                setValue(Kind.TIME_ZONE, index, path, value + "Z");
                setValue(Kind.TIME_ZONE, index, path, value + "+01:00");
                setValue(Kind.NON_EXISTENT_DATE, index, path, date.group(1) + "-02-30");
                setValue(Kind.NON_EXISTENT_DATE, index, path, date.group(1) + "-13-01");
                setValue(Kind.DATE_FORMAT, index, path, date.group(3) + "-" + date.group(2) + "-" + date.group(1));
                setValue(Kind.DATE_FORMAT, index, path, value.replace("-", ""));
            }
            if (TIME.matcher(value).matches()) {
                setValue(Kind.TIME_ZONE, index, path, value + "Z");
                setValue(Kind.TIME_ZONE, index, path, value + "+01:00");
            }
            outOfRange(value).ifPresent(code -> setValue(Kind.ENUMERATION_OUT_OF_RANGE, index, path, code));
        }

        void setValue(Kind kind, int index, String path, String value) {
            String shown = value.length() > 20 ? value.substring(0, 12) + "...(" + value.length() + " chars)" : value;
            add(kind, index, path + " = '" + shown + "'", (doc, e) -> e.setTextContent(value));
        }

        void add(Kind kind, int index, String description, BiConsumer<Document, Element> change) {
            Element target = elements(original).get(index);
            add(kind, index, description, Set.of(target.getLocalName()), change);
        }

        void add(Kind kind, int index, String description, Set<String> targets, BiConsumer<Document, Element> change) {
            Document copy = (Document) original.cloneNode(true);
            change.accept(copy, elements(copy).get(index));
            mutants.add(new Mutant(sample, kind, description, copy, targets));
        }
    }

    /** A code of the same shape that no enumeration containing the value allows. */
    private Optional<String> outOfRange(String value) {
        Set<String> peers = enumerationPeers.get(value);
        if (peers == null || value.isEmpty()) {
            return Optional.empty();
        }
        int length = value.length();
        if (value.chars().allMatch(Character::isDigit) && length <= 4) {
            for (int n = (int) Math.pow(10, length) - 1; n >= 0; n--) {
                String candidate = String.format("%0" + length + "d", n);
                if (!peers.contains(candidate)) {
                    return Optional.of(candidate);
                }
            }
        } else if (value.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            for (char c = 'Z'; c >= 'A'; c--) {
                String candidate = String.valueOf(c).repeat(length);
                if (!peers.contains(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static BerichtType next(BerichtType type) {
        BerichtType[] all = BerichtType.values();
        BerichtType candidate = type;
        do {
            candidate = all[(candidate.ordinal() + 1) % all.length];
        } while (candidate.standaard() != type.standaard());
        return candidate;
    }

    private static String pad(String value) {
        char last = value.charAt(value.length() - 1);
        return value + String.valueOf(last).repeat(Math.max(1, TOO_LONG_LENGTH - value.length()));
    }

    static void rename(Document doc, Element element, String namespace) {
        doc.renameNode(
                element,
                namespace,
                element.getPrefix() == null
                        ? element.getLocalName()
                        : element.getPrefix() + ":" + element.getLocalName());
    }

    /** All elements in document order, the root first. */
    static List<Element> elements(Document doc) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        List<Element> result = new ArrayList<>(all.getLength());
        for (int i = 0; i < all.getLength(); i++) {
            result.add((Element) all.item(i));
        }
        return result;
    }

    static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    private static Optional<Element> nextElementSibling(Element element) {
        for (Node n = element.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Local names below the root with 1-based positions where a name repeats. */
    static String path(Element element) {
        List<String> parts = new ArrayList<>();
        for (Element e = element; e.getParentNode() instanceof Element parent; e = parent) {
            String name = e.getLocalName();
            List<Element> same = children(parent).stream()
                    .filter(s -> s.getLocalName().equals(name))
                    .toList();
            parts.add(0, same.size() > 1 ? name + "[" + (same.indexOf(e) + 1) + "]" : name);
        }
        return String.join("/", parts);
    }
}
