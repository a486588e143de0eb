package net.claimsnet.ledger.keys;

import net.claimsnet.ledger.LedgerException;
import net.corda.core.crypto.Crypto;
import net.corda.core.identity.CordaX500Name;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A node's signing key in a PKCS12 keystore, generated on first use and never committed.
 * The key is Ed25519, Corda's default scheme; the keystore holds it with a self-signed
 * certificate because PKCS12 keeps private keys only with a certificate chain.
 */
public final class NodeKeyStore {

    private static final String KEY_ALIAS = "identity";
    private static final BouncyCastleProvider BOUNCY_CASTLE = new BouncyCastleProvider();

    private NodeKeyStore() {
    }

    /** Loads the node's key pair, or generates and stores one if the keystore does not exist yet. */
    public static KeyPair loadOrCreate(Path keystore, char[] password, CordaX500Name owner) {
        return Files.exists(keystore) ? load(keystore, password) : create(keystore, password, owner);
    }

    public static KeyPair load(Path keystore, char[] password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            PrivateKey privateKey = (PrivateKey) store.getKey(KEY_ALIAS, password);
            Certificate certificate = store.getCertificate(KEY_ALIAS);
            if (privateKey == null || certificate == null) {
                throw new LedgerException(null, "The keystore " + keystore + " holds no node identity key");
            }
            return new KeyPair(Crypto.toSupportedPublicKey(certificate.getPublicKey()),
                    Crypto.toSupportedPrivateKey(privateKey));
        } catch (IOException | GeneralSecurityException e) {
            throw new LedgerException(null, "Cannot open the keystore " + keystore + " (wrong password or damaged file)", e);
        }
    }

    public static KeyPair create(Path keystore, char[] password, CordaX500Name owner) {
        KeyPair keyPair = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            store.setKeyEntry(KEY_ALIAS, keyPair.getPrivate(), password,
                    new Certificate[]{selfSignedCertificate(keyPair, owner)});
            Path parent = keystore.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, "keystore", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, keystore, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return keyPair;
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new LedgerException(null, "Cannot create the keystore " + keystore, e);
        }
    }

    private static X509Certificate selfSignedCertificate(KeyPair keyPair, CordaX500Name owner)
            throws GeneralSecurityException, OperatorCreationException {
        X500Name subject = new X500Name(owner.toString());
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofMinutes(5))),
                Date.from(now.plus(Duration.ofDays(3650))), subject, bouncyCastlePublic(keyPair.getPublic()));
        ContentSigner signer = new JcaContentSignerBuilder("Ed25519").setProvider(BOUNCY_CASTLE)
                .build(bouncyCastlePrivate(keyPair.getPrivate()));
        return new JcaX509CertificateConverter().setProvider(BOUNCY_CASTLE).getCertificate(builder.build(signer));
    }

    private static PrivateKey bouncyCastlePrivate(PrivateKey key) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519", BOUNCY_CASTLE).generatePrivate(new PKCS8EncodedKeySpec(key.getEncoded()));
    }

    private static PublicKey bouncyCastlePublic(PublicKey key) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519", BOUNCY_CASTLE)
                .generatePublic(new java.security.spec.X509EncodedKeySpec(key.getEncoded()));
    }
}
