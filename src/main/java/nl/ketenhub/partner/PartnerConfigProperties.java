package nl.ketenhub.partner;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the partner directory and the contracts live.
 *
 * @param dir folder holding {@code partners.yaml} and {@code contracts.yaml}, relative to the working
 *     directory
 * @param allowDemoTokens whether {@code credentials.demoToken} may appear in partners.yaml; only for
 *     the local/demo profile
 * @param partnerTokens whether partners may authenticate with a bearer token at all; off in the
 *     production profile, where partners present their client certificate (mutual TLS)
 */
@ConfigurationProperties("ketenhub.config")
public record PartnerConfigProperties(
        @DefaultValue("config") String dir, boolean allowDemoTokens, @DefaultValue("true") boolean partnerTokens) {

    @ConstructorBinding
    public PartnerConfigProperties {}

    /** Partner tokens on. */
    public PartnerConfigProperties(String dir, boolean allowDemoTokens) {
        this(dir, allowDemoTokens, true);
    }
}
