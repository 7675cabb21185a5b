package nl.ketenhub.security;

import java.io.OutputStream;
import java.math.BigInteger;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509KeyManager;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates made at test time: a CA, a server certificate for localhost, partners' client certificates. */
final class TestCertificates {

    static final char[] PASSWORD = "test-only".toCharArray();
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    /** A key and its certificate chain (the certificate first). */
    record Identity(KeyPair keys, X509Certificate certificate, X509Certificate issuer) {}

    private TestCertificates() {}

    static Identity ca(String subject) throws Exception {
        KeyPair keys = keys();
        Instant now = Instant.now();
        X509Certificate cert = sign(
                subject,
                keys,
                subject,
                keys.getPrivate(),
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)),
                true,
                null);
        return new Identity(keys, cert, cert);
    }

    static Identity server(Identity ca) throws Exception {
        return issue(
                ca,
                "CN=localhost",
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)),
                KeyPurposeId.id_kp_serverAuth);
    }

    static Identity client(Identity ca, String subject) throws Exception {
        return client(
                ca,
                subject,
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)));
    }

    static Identity client(Identity ca, String subject, Instant notBefore, Instant notAfter) throws Exception {
        return issue(ca, subject, notBefore, notAfter, KeyPurposeId.id_kp_clientAuth);
    }

    private static Identity issue(
            Identity ca, String subject, Instant notBefore, Instant notAfter, KeyPurposeId purpose) throws Exception {
        KeyPair keys = keys();
        X509Certificate cert = sign(
                subject,
                keys,
                ca.certificate().getSubjectX500Principal().getName(),
                ca.keys().getPrivate(),
                notBefore,
                notAfter,
                false,
                purpose);
        return new Identity(keys, cert, ca.certificate());
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(
            String subject,
            KeyPair keys,
            String issuer,
            PrivateKey issuerKey,
            Instant notBefore,
            Instant notAfter,
            boolean ca,
            KeyPurposeId purpose)
            throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name(issuer),
                BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(notBefore),
                Date.from(notAfter),
                name(subject),
                keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (purpose != null) {
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
        }
        if (purpose == KeyPurposeId.id_kp_serverAuth) {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")
            }));
        }
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }

    /** The name as Java encodes it (RFC 2253 order: the last RDN of the string first in the encoding). */
    private static X500Name name(String rfc2253) {
        return X500Name.getInstance(new X500Principal(rfc2253).getEncoded());
    }

    /** A PKCS12 keystore holding the identity's key and chain. */
    static KeyStore keyStore(Identity identity) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("key", identity.keys().getPrivate(), PASSWORD, new X509Certificate[] {
            identity.certificate(), identity.issuer()
        });
        return store;
    }

    /** A PKCS12 truststore holding these certificates. */
    static KeyStore trustStore(X509Certificate... trusted) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (int i = 0; i < trusted.length; i++) {
            store.setCertificateEntry("trusted-" + i, trusted[i]);
        }
        return store;
    }

    static Path write(KeyStore store, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        return file;
    }

    /**
     * A client TLS context trusting the CA and, when given, presenting the identity's certificate
     * whether or not the server lists its issuer among the CAs it accepts (as a hostile client would).
     */
    static SSLContext clientContext(X509Certificate ca, Identity client) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trustStore(ca));
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(client == null ? null : keyStore(client), PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        KeyManager[] managers =
                client == null ? null : new KeyManager[] {new Insistent((X509KeyManager) keys.getKeyManagers()[0])};
        context.init(managers, trust.getTrustManagers(), null);
        return context;
    }

    /** Offers its one key to every server that asks for a client certificate. */
    private static final class Insistent extends X509ExtendedKeyManager {

        private final X509KeyManager keys;

        Insistent(X509KeyManager keys) {
            this.keys = keys;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return "key";
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return "key";
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[] {"key"};
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return null;
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return keys.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return keys.getPrivateKey(alias);
        }
    }
}
