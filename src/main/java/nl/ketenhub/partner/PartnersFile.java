package nl.ketenhub.partner;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.security.auth.x500.X500Principal;
import nl.ketenhub.bericht.PartyRole;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and checks partners.yaml. */
final class PartnersFile {

    /**
     * A partner and its credentials.
     *
     * @param token its API token, when it authenticates by token and partner tokens are on
     * @param certificateSubject the subject of its client certificate (mutual TLS), or null
     * @param brokerPassword its password on the broker's TCP acceptor, or null
     * @param pushSecret the shared secret with which the hub signs its HTTP pushes to it, or null
     */
    record Entry(
            Partner partner,
            String token,
            X500Principal certificateSubject,
            String brokerPassword,
            String pushSecret) {}

    /** What {@code credentials} resolves to. */
    private record Credentials(
            String token, X500Principal certificateSubject, String brokerPassword, String pushSecret) {}

    private static final Credentials NONE = new Credentials(null, null, null, null);

    static final int MIN_TOKEN_LENGTH = 16;
    private static final Set<String> FORMATS = Set.of("XML", "JSON", "CSV");

    private final ConfigFile file;
    private final boolean allowDemoTokens;
    private final boolean partnerTokens;
    private final UnaryOperator<String> env;

    private PartnersFile(ConfigFile file, boolean allowDemoTokens, boolean partnerTokens, UnaryOperator<String> env) {
        this.file = file;
        this.allowDemoTokens = allowDemoTokens;
        this.partnerTokens = partnerTokens;
        this.env = env;
    }

    static List<Entry> load(Path path, boolean allowDemoTokens, UnaryOperator<String> env) {
        return load(path, allowDemoTokens, true, env);
    }

    /**
     * @param env looks up environment variables (System::getenv in production)
     * @throws ConfigException naming file, line and problem for anything invalid
     */
    static List<Entry> load(Path path, boolean allowDemoTokens, boolean partnerTokens, UnaryOperator<String> env) {
        List<String> problems = new ArrayList<>();
        Node root = ConfigFile.parse(path, problems);
        List<Entry> entries = new ArrayList<>();
        if (root != null) {
            new PartnersFile(ConfigFile.of(path, problems), allowDemoTokens, partnerTokens, env).read(root, entries);
        }
        ConfigFile.throwIfInvalid(problems);
        return entries;
    }

    private void read(Node root, List<Entry> entries) {
        Map<String, Node> top = file.fields(root, "the file", Set.of("partners"), Set.of("partners"));
        if (!top.containsKey("partners")) {
            return;
        }
        Map<String, Integer> codes = new HashMap<>();
        Map<String, String> tokens = new HashMap<>();
        Map<X500Principal, String> subjects = new HashMap<>();
        for (Node node : file.items(top.get("partners"), "partners")) {
            Entry entry = partner(node);
            if (entry == null) {
                continue;
            }
            String code = entry.partner().code();
            Integer earlier = codes.putIfAbsent(code, ConfigFile.line(node));
            if (earlier != null) {
                file.problem(node, "duplicate partner code " + code + " (also at line " + earlier + ")");
                continue;
            }
            if (entry.token() != null) {
                String other = tokens.putIfAbsent(entry.token(), code);
                if (other != null) {
                    file.problem(node, "partner " + code + " has the same token as partner " + other);
                    continue;
                }
            }
            if (entry.certificateSubject() != null) {
                String other = subjects.putIfAbsent(entry.certificateSubject(), code);
                if (other != null) {
                    file.problem(node, "partner " + code + " has the same certificateSubject as partner " + other);
                    continue;
                }
            }
            entries.add(entry);
        }
    }

    private Entry partner(Node node) {
        Map<String, Node> f = file.fields(
                node,
                "a partner",
                Set.of("code", "naam", "role", "channels", "format", "credentials", "declaraties"),
                Set.of("code", "naam", "channels"));
        String code = f.containsKey("code") ? file.text(f.get("code"), "code") : null;
        PartyRole role = null;
        if (code != null) {
            if (code.matches("[0-9]{4}")) {
                role = PartyRole.GEMEENTE;
            } else if (code.matches("[0-9]{8}")) {
                role = PartyRole.AANBIEDER;
            } else {
                file.problem(
                        f.get("code"),
                        "code '" + code
                                + "' is neither a gemeentecode (4 digits) nor an AGB code (8 digits); quote codes with a leading zero");
                code = null;
            }
        }
        if (role != null && f.containsKey("role")) {
            String given = file.text(f.get("role"), "role");
            if (given != null && !given.equalsIgnoreCase(role.name())) {
                file.problem(
                        f.get("role"),
                        "role '" + given + "' does not match code " + code + ", which is a "
                                + role.name().toLowerCase(Locale.ROOT));
                role = null;
            }
        }
        String naam = f.containsKey("naam") ? file.text(f.get("naam"), "naam") : null;
        if (naam != null && naam.length() > 200) {
            file.problem(f.get("naam"), "naam is longer than 200 characters");
            naam = null;
        }
        String format = "XML";
        if (f.containsKey("format")) {
            String given = file.text(f.get("format"), "format");
            if (given != null && !FORMATS.contains(given.toUpperCase(Locale.ROOT))) {
                file.problem(f.get("format"), "format '" + given + "' is not one of XML, JSON, CSV");
                format = null;
            } else if (given != null) {
                format = given.toUpperCase(Locale.ROOT);
            }
        }
        DeclaratieModus declaraties = DeclaratieModus.HUB;
        boolean declaratiesValid = true;
        if (f.containsKey("declaraties")) {
            String given = file.text(f.get("declaraties"), "declaraties");
            if (given != null && !Set.of("HUB", "BACKEND").contains(given.toUpperCase(Locale.ROOT))) {
                file.problem(f.get("declaraties"), "declaraties '" + given + "' is not one of HUB, BACKEND");
                declaratiesValid = false;
            } else if (given != null && role == PartyRole.AANBIEDER) {
                file.problem(f.get("declaraties"), "declaraties only applies to a gemeente");
                declaratiesValid = false;
            } else if (given != null) {
                declaraties = DeclaratieModus.valueOf(given.toUpperCase(Locale.ROOT));
            }
        }
        Set<IntakeChannel> intake = EnumSet.noneOf(IntakeChannel.class);
        Delivery delivery = null;
        if (f.containsKey("channels")) {
            Map<String, Node> channels = file.fields(
                    f.get("channels"), "channels", Set.of("intake", "delivery"), Set.of("intake", "delivery"));
            if (channels.containsKey("intake")) {
                intake = intake(channels.get("intake"));
            }
            if (channels.containsKey("delivery")) {
                delivery = delivery(channels.get("delivery"));
            }
        }
        Credentials credentials = f.containsKey("credentials") ? credentials(f.get("credentials"), code) : NONE;
        if (code == null
                || role == null
                || naam == null
                || format == null
                || !declaratiesValid
                || intake.isEmpty()
                || delivery == null) {
            return null;
        }
        return new Entry(
                new Partner(code, naam, role, intake, delivery, format, declaraties),
                credentials.token(),
                credentials.certificateSubject(),
                credentials.brokerPassword(),
                credentials.pushSecret());
    }

    private Set<IntakeChannel> intake(Node node) {
        Set<IntakeChannel> intake = EnumSet.noneOf(IntakeChannel.class);
        List<Node> items = file.items(node, "intake");
        if (items.isEmpty()) {
            file.problem(node, "intake needs at least one of JMS, FILE, HTTP");
        }
        for (Node item : items) {
            String value = file.text(item, "intake");
            if (value == null) {
                continue;
            }
            try {
                intake.add(IntakeChannel.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                file.problem(item, "intake channel '" + value + "' is not one of JMS, FILE, HTTP");
                return EnumSet.noneOf(IntakeChannel.class);
            }
        }
        return intake;
    }

    private Delivery delivery(Node node) {
        Map<String, Node> f = file.fields(node, "delivery", Set.of("type", "queue", "folder", "url"), Set.of("type"));
        if (!f.containsKey("type")) {
            return null;
        }
        String typeText = file.text(f.get("type"), "type");
        Delivery.Type type;
        try {
            type = Delivery.Type.valueOf(typeText == null ? "" : typeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            file.problem(f.get("type"), "delivery type '" + typeText + "' is not one of JMS, FILE, HTTP, PULL");
            return null;
        }
        String targetKey =
                switch (type) {
                    case JMS -> "queue";
                    case FILE -> "folder";
                    case HTTP -> "url";
                    case PULL -> null;
                };
        boolean ok = true;
        for (String key : List.of("queue", "folder", "url")) {
            if (f.containsKey(key) && !key.equals(targetKey)) {
                file.problem(f.get(key), "key '" + key + "' does not apply to delivery type " + type);
                ok = false;
            }
        }
        String target = targetKey != null && f.containsKey(targetKey) ? file.text(f.get(targetKey), targetKey) : null;
        if (type == Delivery.Type.HTTP) {
            if (target == null) {
                file.problem(node, "delivery type HTTP needs a url");
                return null;
            }
            if (!isHttpUrl(target)) {
                file.problem(f.get("url"), "url '" + target + "' is not an absolute http(s) URL");
                return null;
            }
        }
        return ok ? new Delivery(type, target) : null;
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = URI.create(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Resolves the partner's credentials: its token (the environment variable wins; a demoToken only
     * in the local profile; none at all when partner tokens are off), its certificate subject, and its
     * broker password (from the environment; the demo token stands in for it in the local profile).
     */
    private Credentials credentials(Node node, String code) {
        Map<String, Node> f = file.fields(
                node,
                "credentials",
                Set.of(
                        "tokenEnv",
                        "demoToken",
                        "certificateSubject",
                        "brokerPasswordEnv",
                        "hmacSecretEnv",
                        "demoHmacSecret"),
                Set.of());
        X500Principal subject = null;
        if (f.containsKey("certificateSubject")) {
            String text = file.text(f.get("certificateSubject"), "certificateSubject");
            try {
                subject = text == null ? null : new X500Principal(text);
            } catch (IllegalArgumentException e) {
                file.problem(f.get("certificateSubject"), "certificateSubject '" + text + "' is not an X.500 name");
            }
        }
        String demo = allowDemoTokens && f.containsKey("demoToken") ? file.text(f.get("demoToken"), "demoToken") : null;
        String brokerPassword = null;
        if (f.containsKey("brokerPasswordEnv")) {
            String variable = variable(f.get("brokerPasswordEnv"), "brokerPasswordEnv");
            String value = variable == null ? null : env.apply(variable);
            brokerPassword = value != null && !value.isBlank() ? value : demo;
        }
        String token = partnerTokens ? secret(f, "tokenEnv", "demoToken", "token", code) : null;
        String pushSecret = secret(f, "hmacSecretEnv", "demoHmacSecret", "HMAC secret", code);
        return new Credentials(token, subject, brokerPassword, pushSecret);
    }

    private String variable(Node node, String key) {
        String variable = file.text(node, key);
        if (variable != null && !variable.matches("[A-Z][A-Z0-9_]*")) {
            file.problem(
                    node,
                    key + " '" + variable
                            + "' is not an environment variable name (upper case letters, digits, _); never put the secret itself here");
            return null;
        }
        return variable;
    }

    /**
     * Resolves a partner's token or HMAC secret: the environment variable named by {@code envKey}
     * wins; the demo value (under {@code demoKey}) only in the local profile.
     */
    private String secret(Map<String, Node> f, String envKey, String demoKey, String what, String code) {
        String demo = null;
        boolean token = "tokenEnv".equals(envKey);
        if (f.containsKey(demoKey) && allowDemoTokens) {
            demo = file.text(f.get(demoKey), demoKey);
        } else if (f.containsKey(demoKey) && token) {
            file.problem(
                    f.get(demoKey),
                    demoKey + " is only allowed when ketenhub.config.allow-demo-tokens=true"
                            + " (local profile); give the " + what + " through the " + envKey
                            + " environment variable");
            return null;
        }
        // outside the demo a demo HMAC secret is ignored, as demo tokens are when partner tokens are off
        if (!f.containsKey(envKey)) {
            if (demo != null && !token) {
                file.problem(f.get(demoKey), demoKey + " needs " + envKey + " beside it");
            }
            return null;
        }
        String variable = variable(f.get(envKey), envKey);
        if (variable == null) {
            return null;
        }
        String value = env.apply(variable);
        if (value != null && !value.isBlank()) {
            if (value.length() < MIN_TOKEN_LENGTH) {
                file.problem(
                        f.get(envKey),
                        "the " + what + " in environment variable " + variable + " is shorter than " + MIN_TOKEN_LENGTH
                                + " characters");
                return null;
            }
            return value;
        }
        if (demo != null) {
            return demo;
        }
        file.problem(
                f.get(envKey),
                "environment variable " + variable + " (" + what + " of partner " + code + ") is not set");
        return null;
    }
}
