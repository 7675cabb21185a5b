package nl.ketenhub.security;

import java.util.List;
import nl.ketenhub.partner.Partner;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Who is calling: a partner (ROLE_PARTNER) or a person (ROLE_ of its role); the principal is that object. */
final class Authenticated extends AbstractAuthenticationToken {

    static final String PARTNER = "ROLE_PARTNER";

    private final Object principal;
    private final String name;

    private Authenticated(Object principal, String name, String authority) {
        super(List.of(new SimpleGrantedAuthority(authority)));
        this.principal = principal;
        this.name = name;
        setAuthenticated(true);
    }

    static Authenticated partner(Partner partner) {
        return new Authenticated(partner, partner.code(), PARTNER);
    }

    static Authenticated person(Person person) {
        return new Authenticated(person, person.name(), person.role().authority());
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public String getName() {
        return name;
    }
}
