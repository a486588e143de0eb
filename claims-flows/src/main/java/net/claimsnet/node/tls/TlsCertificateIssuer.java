package net.claimsnet.node.tls;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.IPAddress;

import javax.security.auth.x500.X500Principal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Issues the network's TLS certificates with BouncyCastle: the root CA's self-signed certificate
 * ({@link #selfSignedRoot}) and, signed by the root, each node's ({@link #issue}). Keys are EC
 * P-256, signatures SHA256withECDSA, serial numbers random. A node certificate names the node's
 * legal name as subject and the host names it is reached at (DNS names, or IP addresses for IP
 * literals) as subject alternative names; it serves both ends of mutual TLS (serverAuth and
 * clientAuth) and cannot sign certificates.
 */
public final class TlsCertificateIssuer {

    /** How long the root CA's certificate is valid: ten years. */
    public static final Duration ROOT_VALIDITY = Duration.ofDays(3653);
    /** How long a node's certificate is valid: two years. */
    public static final Duration NODE_VALIDITY = Duration.ofDays(730);
    /** Certificates are valid from an hour before they are issued, for clocks a little behind. */
    static final Duration BACKDATE = Duration.ofHours(1);

    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey rootKey;
    private final X509Certificate root;

    /** An issuer signing with the root CA's key; {@code root} is its certificate. */
    public TlsCertificateIssuer(PrivateKey rootKey, X509Certificate root) {
        this.rootKey = rootKey;
        this.root = root;
    }

    /** A new EC P-256 key pair. */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new TlsMaterialException("This JVM cannot generate EC P-256 keys", e);
        }
    }

    /** The root CA's certificate: self-signed, a CA (critical), keyCertSign and cRLSign, {@link #ROOT_VALIDITY}. */
    public static X509Certificate selfSignedRoot(KeyPair keyPair, X500Principal subject, Instant now) {
        X500Name name = X500Name.getInstance(subject.getEncoded());
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(ROOT_VALIDITY)), name, keyPair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
            return sign(builder, keyPair.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new TlsMaterialException("Cannot make the TLS root certificate " + subject, e);
        }
    }

    /**
     * A node's certificate for {@code key}, signed by the root: {@code subject} (the node's legal
     * name), {@code hostNames} as subject alternative names (an IP literal as an IP address, anything
     * else as a DNS name), serverAuth and clientAuth, digitalSignature, not a CA, {@link #NODE_VALIDITY}.
     */
    public X509Certificate issue(X500Principal subject, PublicKey key, Collection<String> hostNames, Instant now) {
        if (hostNames.isEmpty()) {
            throw new IllegalArgumentException("A node certificate names at least one host");
        }
        Date notAfter = Date.from(now.plus(NODE_VALIDITY));
        if (notAfter.after(root.getNotAfter())) {
            // A certificate outliving its issuer would be refused by then anyway.
            notAfter = root.getNotAfter();
        }
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root, serial(),
                    Date.from(now.minus(BACKDATE)), notAfter, subject, key)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(new KeyPurposeId[]{KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}))
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(
                            hostNames.stream().map(TlsCertificateIssuer::generalName).toArray(GeneralName[]::new)))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(root));
            return sign(builder, rootKey);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new TlsMaterialException("Cannot issue a TLS certificate for " + subject, e);
        }
    }

    public X509Certificate root() {
        return root;
    }

    /**
     * The host names a certificate names (DNS names in lower case, IP addresses in Java's notation),
     * comparable with {@link #normalise} of configured names.
     */
    public static Set<String> hostNames(X509Certificate certificate) {
        Set<String> names = new TreeSet<>();
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> alternative : alternatives) {
                    int type = (Integer) alternative.get(0);
                    if (type == GeneralName.dNSName || type == GeneralName.iPAddress) {
                        names.add(normalise((String) alternative.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            throw new TlsMaterialException("Cannot read the host names of " + certificate.getSubjectX500Principal(), e);
        }
        return names;
    }

    /** A host name as a certificate states it: an IP literal in Java's notation, a DNS name in lower case. */
    public static String normalise(String hostName) {
        if (!IPAddress.isValid(hostName)) {
            return hostName.toLowerCase(Locale.ROOT);
        }
        byte[] octets = ASN1OctetString.getInstance(generalName(hostName).getName()).getOctets();
        try {
            // From the octets: no name lookup.
            return InetAddress.getByAddress(octets).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an IP address: " + hostName, e);
        }
    }

    private static GeneralName generalName(String hostName) {
        return IPAddress.isValid(hostName) ? new GeneralName(GeneralName.iPAddress, hostName)
                : new GeneralName(GeneralName.dNSName, hostName.toLowerCase(Locale.ROOT));
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signingKey) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(signingKey)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot sign with " + SIGNATURE_ALGORITHM, e);
        }
    }

    /** A random positive serial number of at most 127 bits (RFC 5280 allows 20 octets). */
    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }
}
