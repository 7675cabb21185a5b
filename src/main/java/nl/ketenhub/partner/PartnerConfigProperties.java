package nl.ketenhub.partner;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the partner directory and the contracts live.
 *
 * @param dir folder holding {@code partners.yaml} and {@code contracts.yaml}, relative to the working
 *     directory
 * @param allowDemoTokens whether {@code credentials.demoToken} may appear in partners.yaml; only for
 *     the local/demo profile
 */
@ConfigurationProperties("ketenhub.config")
public record PartnerConfigProperties(@DefaultValue("config") String dir, boolean allowDemoTokens) {}
