package nl.ketenhub.partner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.security.auth.x500.X500Principal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The partners of config/partners.yaml, loaded and checked once at start-up. */
@Component
public final class PartnerDirectory {

    private final Map<String, Partner> partners = new LinkedHashMap<>();
    private final Map<String, byte[]> tokenDigests = new LinkedHashMap<>();
    private final Map<String, String> pushSecrets = new LinkedHashMap<>();
    private final Map<X500Principal, String> certificateSubjects = new HashMap<>();
    private final Map<String, String> brokerPasswords = new LinkedHashMap<>();

    @Autowired
    public PartnerDirectory(PartnerConfigProperties properties) {
        this(properties, System::getenv);
    }

    PartnerDirectory(PartnerConfigProperties properties, UnaryOperator<String> env) {
        Path file = Path.of(properties.dir(), "partners.yaml");
        for (PartnersFile.Entry entry :
                PartnersFile.load(file, properties.allowDemoTokens(), properties.partnerTokens(), env)) {
            partners.put(entry.partner().code(), entry.partner());
            if (entry.token() != null) {
                tokenDigests.put(entry.partner().code(), sha256(entry.token()));
            }
            if (entry.pushSecret() != null) {
                pushSecrets.put(entry.partner().code(), entry.pushSecret());
            }
            if (entry.certificateSubject() != null) {
                certificateSubjects.put(
                        entry.certificateSubject(), entry.partner().code());
            }
            if (entry.brokerPassword() != null) {
                brokerPasswords.put(entry.partner().code(), entry.brokerPassword());
            }
        }
    }

    public Optional<Partner> find(String code) {
        return Optional.ofNullable(code).map(partners::get);
    }

    public Partner require(String code) {
        return find(code).orElseThrow(() -> new NoSuchElementException("Unknown partner " + code));
    }

    /**
     * The partner whose token this is. Compares digests in constant time against every partner, so
     * the time taken does not reveal which partner or how much of a token matched.
     */
    public Optional<Partner> authenticateToken(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = sha256(token);
        String match = null;
        for (Map.Entry<String, byte[]> e : tokenDigests.entrySet()) {
            if (MessageDigest.isEqual(presented, e.getValue())) {
                match = e.getKey();
            }
        }
        return find(match);
    }

    /**
     * The shared secret with which the hub signs its HTTP pushes to this partner (HMAC-SHA256 over
     * the body), from the environment variable named by {@code credentials.hmacSecretEnv}.
     */
    public Optional<byte[]> pushSecret(String code) {
        return Optional.ofNullable(pushSecrets.get(code)).map(secret -> secret.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The partner whose client certificate carries this subject ({@code credentials.certificateSubject}),
     * compared in the canonical form of X.500 names (case and spacing do not matter).
     */
    public Optional<Partner> authenticateCertificate(X500Principal subject) {
        return subject == null ? Optional.empty() : find(certificateSubjects.get(subject));
    }

    /** The partner's password on the broker's TCP acceptor ({@code credentials.brokerPasswordEnv}). */
    public Optional<String> brokerPassword(String code) {
        return Optional.ofNullable(brokerPasswords.get(code));
    }

    public List<Partner> all() {
        return List.copyOf(partners.values());
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
