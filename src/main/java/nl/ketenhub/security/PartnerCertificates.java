package nl.ketenhub.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import nl.ketenhub.partner.PartnerDirectory;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Mutual TLS: the client certificate the TLS handshake verified against the truststore names one
 * partner by its subject ({@code credentials.certificateSubject} in partners.yaml). A certificate no
 * partner claims, or one outside its validity period, is refused with 401.
 */
final class PartnerCertificates implements AuthenticationConverter, AuthenticationProvider {

    private static final String ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    private final PartnerDirectory partners;
    private final Clock clock;

    PartnerCertificates(PartnerDirectory partners, Clock clock) {
        this.partners = partners;
        this.clock = clock;
    }

    /** The presented certificate, or null when the caller sent none (left to the other mechanisms). */
    @Override
    public Authentication convert(HttpServletRequest request) {
        Object chain = request.getAttribute(ATTRIBUTE);
        if (chain instanceof X509Certificate[] certificates && certificates.length > 0) {
            return new Presented(certificates[0]);
        }
        return null;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        X509Certificate certificate = ((Presented) authentication).certificate;
        try {
            certificate.checkValidity(Date.from(clock.instant()));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new BadCredentialsException("client certificate outside its validity period");
        }
        return partners.authenticateCertificate(certificate.getSubjectX500Principal())
                .map(Authenticated::partner)
                .orElseThrow(() -> new BadCredentialsException("client certificate of no partner"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return Presented.class.isAssignableFrom(authentication);
    }

    /** A certificate not yet mapped to a partner. */
    static final class Presented extends AbstractAuthenticationToken {

        private final transient X509Certificate certificate;

        Presented(X509Certificate certificate) {
            super(List.of());
            this.certificate = certificate;
        }

        @Override
        public Object getPrincipal() {
            return certificate.getSubjectX500Principal();
        }

        @Override
        public Object getCredentials() {
            return certificate;
        }
    }
}
