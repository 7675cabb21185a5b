package nl.ketenhub.retour;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Finds the class element of a heenbericht that a {@link nl.ketenhub.bericht.Finding#path()}
 * names. Paths are local names below the root with 1-based positions; a missing position means 1.
 * A path to an element inside a class, or to one that does not exist, lands on the nearest
 * enclosing class.
 */
final class KlassePaden {

    private static final Pattern SEGMENT = Pattern.compile("(?:[^:/\\[]+:)?([^/\\[]+)(?:\\[(\\d+)])?");

    private final Map<String, Element> byPath = new HashMap<>();
    private final Set<String> klassen;

    /** @param body the element after the heenbericht's Header ({@code Client} or {@code Antwoord}) */
    KlassePaden(Element body, Set<String> klassen) {
        this.klassen = klassen;
        index(body, body.getLocalName() + "[1]");
    }

    private void index(Element element, String path) {
        byPath.put(path, element);
        Map<String, Integer> seen = new HashMap<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                int position = seen.merge(child.getLocalName(), 1, Integer::sum);
                index(child, path + "/" + child.getLocalName() + "[" + position + "]");
            }
        }
    }

    /** The class element the path points into, or null when it lies outside the body. */
    Element klasse(String findingPath) {
        String path = normalise(findingPath);
        while (path != null) {
            Element element = byPath.get(path);
            if (element != null) {
                return nearestKlasse(element);
            }
            int slash = path.lastIndexOf('/');
            path = slash < 0 ? null : path.substring(0, slash);
        }
        return null;
    }

    boolean isKlasse(Element element) {
        return klassen.contains(element.getLocalName());
    }

    private Element nearestKlasse(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            if (isKlasse(e)) {
                return e;
            }
        }
        return null;
    }

    private static String normalise(String path) {
        StringBuilder normal = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.isBlank()) {
                continue;
            }
            Matcher m = SEGMENT.matcher(segment.strip());
            if (!m.matches()) {
                return null;
            }
            if (!normal.isEmpty()) {
                normal.append('/');
            }
            normal.append(m.group(1))
                    .append('[')
                    .append(m.group(2) == null ? "1" : m.group(2))
                    .append(']');
        }
        return normal.isEmpty() ? null : normal.toString();
    }
}
