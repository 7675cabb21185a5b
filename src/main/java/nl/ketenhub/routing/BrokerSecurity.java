package nl.ketenhub.routing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import nl.ketenhub.partner.Delivery;
import nl.ketenhub.partner.IntakeChannel;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerDirectory;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's security once its TCP acceptor is open. The hub's own in-VM connections hold every
 * right. Over TCP each JMS partner logs in with its code and its broker password
 * ({@code credentials.brokerPasswordEnv}) and may only send to its intake queue ({@code
 * ketenhub.<code>.in}) and consume or browse its delivery queue; every other address (other
 * partners' queues, the hub's work queues, management) is the hub's alone.
 */
final class BrokerSecurity implements ActiveMQSecurityManager5 {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerSecurity.class);
    static final String HUB = "hub";

    private final Map<String, byte[]> passwords = new LinkedHashMap<>();

    BrokerSecurity(PartnerDirectory partners) {
        for (Partner partner : partners.all()) {
            if (usesJms(partner)) {
                partners.brokerPassword(partner.code())
                        .ifPresentOrElse(
                                password -> passwords.put(partner.code(), sha256(password)),
                                () -> LOG.warn(
                                        "JMS partner {} has no broker password (credentials.brokerPasswordEnv):"
                                                + " it cannot connect over TCP",
                                        partner.code()));
            }
        }
    }

    /** Turns security on and gives every partner address its roles; the rest stays the hub's. */
    static void apply(Configuration configuration, PartnerDirectory partners) {
        configuration.setSecurityEnabled(true);
        // the hub and a stranger both log in without a name: a cached login of the one must never
        // decide the other's (the cache key is name and password, not the transport)
        configuration.setAuthenticationCacheSize(0);
        configuration.putSecurityRoles("#", Set.of(hub()));
        for (Partner partner : partners.all()) {
            String role = role(partner.code());
            if (partner.intake().contains(IntakeChannel.JMS)) {
                // send, and create the address and its queue if the hub has not yet
                Role intake = new Role(role, true, false, true, false, false, false, false, false, true, false);
                configuration.putSecurityRoles(PartnerRoutes.intakeQueue(partner), Set.of(hub(), intake));
            }
            if (partner.delivery().type() == Delivery.Type.JMS) {
                Role delivery = new Role(role, false, true, true, false, false, false, false, true, true, false);
                configuration.putSecurityRoles(Deliveries.jmsQueue(partner), Set.of(hub(), delivery));
            }
        }
    }

    private static Role hub() {
        return new Role(HUB, true, true, true, true, true, true, true, true, true, true, true, true);
    }

    private static String role(String code) {
        return "partner-" + code;
    }

    private static boolean usesJms(Partner partner) {
        return partner.intake().contains(IntakeChannel.JMS)
                || partner.delivery().type() == Delivery.Type.JMS;
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        if (connection != null && connection.getTransportConnection() instanceof InVMConnection) {
            return subject(HUB, HUB);
        }
        return validateUser(user, password) ? subject(user, role(user)) : null;
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        Set<String> held = subject == null
                ? Set.of()
                : subject.getPrincipals(RolePrincipal.class).stream()
                        .map(RolePrincipal::getName)
                        .collect(Collectors.toSet());
        return roles.stream().anyMatch(r -> held.contains(r.getName()) && checkType.hasRole(r));
    }

    @Override
    public boolean validateUser(String user, String password) {
        byte[] expected = user == null ? null : passwords.get(user);
        return expected != null && password != null && MessageDigest.isEqual(expected, sha256(password));
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        return false;
    }

    private static Subject subject(String user, String role) {
        Set<java.security.Principal> principals = new HashSet<>();
        principals.add(new UserPrincipal(user));
        principals.add(new RolePrincipal(role));
        return new Subject(true, principals, Set.of(), Set.of());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
