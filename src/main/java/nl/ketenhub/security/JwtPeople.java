package nl.ketenhub.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A person from an OIDC access token: its name, its roles claim (a list or a single string; of
 * several roles the most powerful counts, a regisseur role only without another) and, for a
 * regisseur, its gemeente claim. A token without a known role authenticates nobody.
 */
final class JwtPeople implements Converter<Jwt, AbstractAuthenticationToken> {

    /** From weakest to strongest; REGISSEUR is weaker than VIEWER because it reads less. */
    private static final List<Role> STRENGTH = List.of(Role.REGISSEUR, Role.VIEWER, Role.OPERATOR, Role.ADMIN);

    private final SecurityProperties.Oidc claims;

    JwtPeople(SecurityProperties.Oidc claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name =
                Optional.ofNullable(jwt.getClaimAsString(claims.nameClaim())).orElse(jwt.getSubject());
        Role role = roles(jwt.getClaims().get(claims.rolesClaim())).stream()
                .max(Comparator.comparingInt(STRENGTH::indexOf))
                .orElseThrow(() -> new BadCredentialsException("token carries no ketenhub role"));
        try {
            return Authenticated.person(new Person(name, role, jwt.getClaimAsString(claims.gemeenteClaim())));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadCredentialsException("token does not describe a person: " + e.getMessage());
        }
    }

    private static List<Role> roles(Object claim) {
        Collection<?> values = claim instanceof Collection<?> c ? c : claim == null ? List.of() : List.of(claim);
        return values.stream()
                .map(v -> v.toString().toUpperCase(Locale.ROOT))
                .filter(v -> STRENGTH.stream().anyMatch(r -> r.name().equals(v)))
                .map(Role::valueOf)
                .toList();
    }
}
