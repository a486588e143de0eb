package net.claimsnet.node.tls;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * PKCS12 stores and PEM for the TLS material, in the shape the TLS stacks read: a key store holds
 * one private key with its certificate chain under one alias, its key password the store's password
 * (Payara's listeners open the key with the store's password); a truststore holds the root
 * certificate alone, as a trusted certificate entry. Reading and writing bytes only: where the files
 * go, with which permissions, is the caller's.
 */
public final class TlsKeyStores {

    /** The alias of a node's TLS key and its chain [node certificate, root certificate]. */
    public static final String KEY_ALIAS = "tls";
    /** The alias of the root certificate in the truststore, and of the root's key in its own store. */
    public static final String ROOT_ALIAS = "claimsnet-tls-root";

    private static final String TYPE = "PKCS12";

    private TlsKeyStores() {
    }

    /** A new store holding {@code key} and its {@code chain} (leaf first) under {@code alias}. */
    public static KeyStore keyStore(String alias, PrivateKey key, char[] password, X509Certificate... chain) {
        try {
            KeyStore store = empty(password);
            store.setKeyEntry(alias, key, password, chain);
            return store;
        } catch (GeneralSecurityException e) {
            throw new TlsMaterialException("Cannot put the key " + alias + " into a " + TYPE + " store", e);
        }
    }

    /** A new truststore holding {@code root} alone, under {@link #ROOT_ALIAS}. */
    public static KeyStore trustStore(X509Certificate root, char[] password) {
        try {
            KeyStore store = empty(password);
            store.setCertificateEntry(ROOT_ALIAS, root);
            return store;
        } catch (GeneralSecurityException e) {
            throw new TlsMaterialException("Cannot put the root certificate into a " + TYPE + " truststore", e);
        }
    }

    /** The store as its PKCS12 file's bytes, encrypted with {@code password}. */
    public static byte[] bytes(KeyStore store, char[] password) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new TlsMaterialException("Cannot encode a " + TYPE + " store", e);
        }
    }

    /** Opens the PKCS12 file with its password. */
    public static KeyStore read(Path file, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance(TYPE);
            store.load(new ByteArrayInputStream(Files.readAllBytes(file)), password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new TlsMaterialException("Cannot open the " + TYPE + " store " + file + " (wrong password or damaged file): " + e, e);
        }
    }

    /** The private key under {@code alias}, opened with the store's password. */
    public static PrivateKey privateKey(KeyStore store, String alias, char[] password) {
        try {
            if (store.getKey(alias, password) instanceof PrivateKey key) {
                return key;
            }
        } catch (GeneralSecurityException e) {
            throw new TlsMaterialException("The key " + alias + " cannot be opened with the store's password", e);
        }
        throw new TlsMaterialException("The store holds no private key " + alias);
    }

    /** The certificate chain of the key under {@code alias}, leaf first. */
    public static List<X509Certificate> chain(KeyStore store, String alias) {
        Certificate[] chain;
        try {
            chain = store.getCertificateChain(alias);
        } catch (GeneralSecurityException e) {
            throw new TlsMaterialException("Cannot read the certificate chain " + alias, e);
        }
        if (chain == null || chain.length == 0) {
            throw new TlsMaterialException("The store holds no certificate chain " + alias);
        }
        return Arrays.stream(chain).map(X509Certificate.class::cast).toList();
    }

    /** The truststore's trusted certificates (the root alone in a truststore this network wrote). */
    public static List<X509Certificate> trusted(KeyStore trustStore) {
        try {
            List<X509Certificate> trusted = new java.util.ArrayList<>();
            for (String alias : Collections.list(trustStore.aliases())) {
                if (trustStore.isCertificateEntry(alias)) {
                    trusted.add((X509Certificate) trustStore.getCertificate(alias));
                }
            }
            return trusted;
        } catch (GeneralSecurityException e) {
            throw new TlsMaterialException("Cannot read the truststore", e);
        }
    }

    /** The certificate as PEM ({@code -----BEGIN CERTIFICATE-----}), what curl and browsers take. */
    public static byte[] pem(X509Certificate certificate) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificate);
        } catch (IOException e) {
            throw new TlsMaterialException("Cannot encode the certificate " + certificate.getSubjectX500Principal() + " as PEM", e);
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static KeyStore empty(char[] password) throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(TYPE);
        try {
            store.load(null, password);
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        return store;
    }
}
