package nl.ketenhub.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * People and how they authenticate ({@code ketenhub.security}).
 *
 * @param users the configured people; each authenticates with {@code Authorization: Bearer <token>}
 * @param oidc how the claims of an OIDC access token (JWT) map to a person, when a JWT issuer is
 *     configured ({@code spring.security.oauth2.resourceserver.jwt.*})
 */
@ConfigurationProperties("ketenhub.security")
record SecurityProperties(@DefaultValue List<User> users, @DefaultValue Oidc oidc) {

    /**
     * A configured person.
     *
     * @param gemeente the gemeentecode of a regisseur
     * @param token the bearer token, from the environment (e.g. {@code ${KETENHUB_OPERATOR_TOKEN:}});
     *     empty: the user cannot log in
     */
    record User(String name, Role role, String gemeente, String token) {

        Person person() {
            return new Person(name, role, gemeente);
        }
    }

    /**
     * @param nameClaim the claim naming the person
     * @param rolesClaim the claim listing the person's roles (viewer, operator, admin, regisseur; the
     *     highest counts)
     * @param gemeenteClaim the claim holding a regisseur's gemeentecode
     */
    record Oidc(
            @DefaultValue("preferred_username") String nameClaim,
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("gemeente") String gemeenteClaim) {}
}
