package nl.ketenhub.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.partner.PartnerDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.preauth.x509.X509AuthenticationFilter;

/**
 * Who may call what. Partners authenticate with their client certificate (mutual TLS, see the
 * production profile) or, outside production, a bearer token; people with a configured bearer
 * token or an OIDC access token (JWT). Every path not named here is refused.
 *
 * <table>
 * <tr><th>path</th><th>who</th></tr>
 * <tr><td>/actuator/health/**</td><td>anyone</td></tr>
 * <tr><td>/actuator/**, /api/admin/config (and the rest of /api/admin/**), /api/audit/**</td><td>admin</td></tr>
 * <tr><td>POST /api/admin/partners/{code}/pause|resume, POST /api/berichten/replay, /{id}/replay</td><td>operator</td></tr>
 * <tr><td>GET /api/admin/partners, /api/admin/overdue</td><td>viewer</td></tr>
 * <tr><td>GET /api/berichten (search), /api/berichten/{id}/keten</td><td>viewer; regisseur for its gemeente</td></tr>
 * <tr><td>POST /api/berichten, GET /{id}, /{id}/payload, /outbox, POST /outbox/{id}/ack</td><td>partner (its own messages)</td></tr>
 * <tr><td>POST /api/uploads, GET /api/uploads/{id}/report</td><td>partner</td></tr>
 * <tr><td>GET /jolokia/read|list|search|version/**</td><td>viewer</td></tr>
 * <tr><td>every other /jolokia request (exec, write, POST)</td><td>operator</td></tr>
 * </table>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String VIEWER = Role.VIEWER.name();
    private static final String OPERATOR = Role.OPERATOR.name();
    private static final String ADMIN = Role.ADMIN.name();
    private static final String REGISSEUR = Role.REGISSEUR.name();
    private static final String PARTNER = "PARTNER";

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ADMIN)
                .implies(OPERATOR)
                .role(OPERATOR)
                .implies(VIEWER)
                .build();
    }

    /** Bearer tokens: configured people and partners first, then a JWT when an issuer is configured. */
    @Bean
    AuthenticationManagerResolver<HttpServletRequest> bearerTokens(
            SecurityProperties properties, PartnerDirectory partners, ObjectProvider<JwtDecoder> jwtDecoder) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(new StaticTokens(properties, partners));
        jwtDecoder.ifAvailable(decoder -> {
            JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(decoder);
            jwt.setJwtAuthenticationConverter(new JwtPeople(properties.oidc()));
            providers.add(jwt);
        });
        AuthenticationManager manager = new ProviderManager(providers);
        return request -> manager;
    }

    @Bean
    SecurityFilterChain ketenhubSecurity(
            HttpSecurity http,
            AuthenticationManagerResolver<HttpServletRequest> bearerTokens,
            PartnerDirectory partners,
            Clock clock)
            throws Exception {
        BearerTokenAuthenticationEntryPoint unauthorized = new BearerTokenAuthenticationEntryPoint();
        PartnerCertificates certificates = new PartnerCertificates(partners, clock);
        AuthenticationFilter certificateFilter =
                new AuthenticationFilter(new ProviderManager(certificates), certificates);
        certificateFilter.setSuccessHandler((request, response, authentication) -> {});
        certificateFilter.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .addFilterBefore(certificateFilter, X509AuthenticationFilter.class)
                .oauth2ResourceServer(
                        o -> o.authenticationManagerResolver(bearerTokens).authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized))
                .authorizeHttpRequests(SecurityConfiguration::rules)
                .build();
    }

    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                // operations
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/actuator", "/actuator/**", "/api/audit", "/api/audit/**")
                .hasRole(ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/admin/partners/*/pause", "/api/admin/partners/*/resume")
                .hasRole(OPERATOR)
                .requestMatchers(HttpMethod.GET, "/api/admin/partners", "/api/admin/overdue")
                .hasRole(VIEWER)
                .requestMatchers("/api/admin/**")
                .hasRole(ADMIN)
                // the message browser (people) and the partner API share /api/berichten
                .requestMatchers(HttpMethod.GET, "/api/berichten", "/api/berichten/*/keten")
                .hasAnyRole(VIEWER, REGISSEUR)
                .requestMatchers(HttpMethod.POST, "/api/berichten/replay", "/api/berichten/*/replay")
                .hasRole(OPERATOR)
                .requestMatchers(HttpMethod.POST, "/api/berichten", "/api/berichten/outbox/*/ack")
                .hasRole(PARTNER)
                .requestMatchers(HttpMethod.GET, "/api/berichten/*", "/api/berichten/*/payload")
                .hasRole(PARTNER)
                // spreadsheet uploads of providers without software (nl.ketenhub.spreadsheet)
                .requestMatchers(HttpMethod.POST, "/api/uploads")
                .hasRole(PARTNER)
                .requestMatchers(HttpMethod.GET, "/api/uploads/*/report")
                .hasRole(PARTNER)
                // JMX over HTTP: reading for viewers, operations (exec, write, POST bodies) for operators
                .requestMatchers(
                        HttpMethod.GET,
                        "/jolokia/read/**",
                        "/jolokia/list/**",
                        "/jolokia/search/**",
                        "/jolokia/version/**")
                .hasRole(VIEWER)
                .requestMatchers("/jolokia", "/jolokia/**")
                .hasRole(OPERATOR)
                .anyRequest()
                .denyAll();
    }
}
