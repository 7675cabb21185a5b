package nl.ketenhub.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The minimal credentials of operations (issue #6 brings real security): one operator token for the
 * operators' API and one admin token for the actuator endpoints other than health, both from the
 * environment. An empty token refuses every call. Tokens are compared in constant time.
 */
@Component
class OperatorAccess {

    private final byte[] operatorDigest;
    private final byte[] adminDigest;

    OperatorAccess(MonitoringProperties properties) {
        this.operatorDigest = digestOrNull(properties.operatorToken());
        this.adminDigest = digestOrNull(properties.adminToken());
    }

    /** Throws 401 unless the Authorization header carries the operator token. */
    void requireOperator(String authorization) {
        if (!isOperator(authorization)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Operator token required");
        }
    }

    boolean isOperator(String authorization) {
        return matches(operatorDigest, authorization);
    }

    boolean isAdmin(String authorization) {
        return matches(adminDigest, authorization);
    }

    private static boolean matches(byte[] expected, String authorization) {
        if (expected == null || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(
                expected, digest(authorization.substring("Bearer ".length()).trim()));
    }

    private static byte[] digestOrNull(String token) {
        return token == null || token.isBlank() ? null : digest(token);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
