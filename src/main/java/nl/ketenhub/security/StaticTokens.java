package nl.ketenhub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.ketenhub.partner.PartnerDirectory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Bearer tokens known to the hub: the configured people's tokens and, unless partner tokens are off
 * (production), the partners' tokens of partners.yaml. Digests are compared in constant time. A
 * token it does not know is left to the next provider (a JWT, when OIDC is configured).
 */
final class StaticTokens implements AuthenticationProvider {

    private final Map<Person, byte[]> people = new LinkedHashMap<>();
    private final PartnerDirectory partners;

    StaticTokens(SecurityProperties properties, PartnerDirectory partners) {
        this.partners = partners;
        for (SecurityProperties.User user : properties.users()) {
            if (user.token() != null && !user.token().isBlank()) {
                people.put(user.person(), sha256(user.token()));
            }
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        return person(token)
                .map(Authenticated::person)
                .or(() -> partners.authenticateToken(token).map(Authenticated::partner))
                .orElse(null);
    }

    private Optional<Person> person(String token) {
        byte[] presented = sha256(token);
        Person match = null;
        for (Map.Entry<Person, byte[]> e : people.entrySet()) {
            if (MessageDigest.isEqual(presented, e.getValue())) {
                match = e.getKey();
            }
        }
        return Optional.ofNullable(match);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
