package nl.ketenhub.partner;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML configuration file read through SnakeYAML's node API (no object construction), so every
 * problem can name its line. Problems are collected and thrown together by {@link #throwIfInvalid()}.
 */
final class ConfigFile {

    private final String name;
    private final List<String> problems;

    private ConfigFile(String name, List<String> problems) {
        this.name = name;
        this.problems = problems;
    }

    /** Parses the file; returns null (with a problem recorded) when it is missing or not YAML. */
    static Node parse(Path path, List<String> problems) {
        String name = path.toString();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            if (root == null) {
                problems.add(name + " line 1: the file is empty");
            }
            return root;
        } catch (NoSuchFileException e) {
            problems.add(name + ": file not found");
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(
                    name + " line " + (mark == null ? 1 : mark.getLine() + 1) + ": not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            problems.add(name + ": cannot be read: " + e.getMessage());
        }
        return null;
    }

    static ConfigFile of(Path path, List<String> problems) {
        return new ConfigFile(path.toString(), problems);
    }

    static void throwIfInvalid(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    void problem(Node node, String text) {
        problems.add(name + " line " + line(node) + ": " + text);
    }

    /**
     * The fields of a mapping by key, after checking that it is a mapping, has only allowed keys, no
     * key twice, and all required keys with a value. Returns an empty map when the node is no mapping.
     */
    Map<String, Node> fields(Node node, String what, Set<String> allowed, Set<String> required) {
        Map<String, Node> fields = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problem(node, what + " must be a mapping of keys to values");
            return fields;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null || !allowed.contains(key)) {
                problem(
                        keyNode,
                        "unknown key '" + key + "' in " + what + " (allowed: "
                                + String.join(", ", new TreeSet<>(allowed)) + ")");
            } else if (fields.containsKey(key)) {
                problem(keyNode, "key '" + key + "' appears twice in " + what);
            } else {
                fields.put(key, tuple.getValueNode());
            }
        }
        for (String key : required) {
            if (!fields.containsKey(key)) {
                problem(node, "missing field '" + key + "' in " + what);
            } else if (isEmpty(fields.get(key))) {
                problem(fields.get(key), "field '" + key + "' in " + what + " has no value");
                fields.remove(key);
            }
        }
        fields.values().removeIf(ConfigFile::isEmpty);
        return fields;
    }

    private static boolean isEmpty(Node node) {
        return node instanceof ScalarNode scalar
                && (Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isBlank());
    }

    /** The text of a scalar field, or null (with a problem) when the node is a list or mapping. */
    String text(Node node, String field) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().trim();
        }
        problem(node, "field '" + field + "' must be a single value");
        return null;
    }

    /** The items of a list field; a single value is taken as a list of one. */
    List<Node> items(Node node, String field) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof ScalarNode) {
            return List.of(node);
        }
        problem(node, "field '" + field + "' must be a list");
        return new ArrayList<>();
    }
}
