package net.claimsnet.node.bootstrap;

import net.claimsnet.node.tls.TlsCertificateIssuer;
import net.claimsnet.node.tls.TlsKeyStores;
import net.claimsnet.node.tls.TlsMaterialException;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

import javax.security.auth.x500.X500Principal;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * TLS for the PostgreSQL server the nodes keep their databases on: a small certificate authority of
 * its own (a directory holding its key store, the key store's password and {@code root.pem}, made
 * the first time) issues the server a certificate for the host the nodes reach it at, so that each
 * node connects with {@code sslmode=verify-full} against that {@code root.pem}. It is not the
 * network's TLS root: the server is one, shared by the nodes of {@code ./network up} and by the
 * integration tests' network, each of which has its own root. The server's key and certificate are
 * written as PEM (PKCS#8 key, owner-only) where the server reads them; {@code ./network} does this
 * for a PostgreSQL on the same machine and points the server at them.
 */
public final class DatabaseServerTls {

    static final X500Principal ROOT_SUBJECT = new X500Principal("CN=ClaimsNet Database TLS Root,O=ClaimsNet Network Operator");
    static final X500Principal SERVER_SUBJECT = new X500Principal("CN=ClaimsNet database server,O=ClaimsNet Network Operator");
    private static final String ROOT_ALIAS = "claimsnet-database-tls-root";

    private final Path directory;
    private final Clock clock;

    /** @param directory where the database's certificate authority is kept (made when missing) */
    public DatabaseServerTls(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** The root certificate clients verify the server with. */
    public Path rootCertificate() {
        return directory.resolve("root.pem");
    }

    /**
     * Issues a certificate for the host names (or IP addresses) the nodes reach the server at, with a new
     * key; writes {@code certificate} (with the root after it) and {@code key}.
     */
    public X509Certificate issue(List<String> hosts, Path certificate, Path key) {
        TlsCertificateIssuer issuer = rootIssuer();
        KeyPair keyPair = TlsCertificateIssuer.newKeyPair();
        X509Certificate issued = issuer.issue(SERVER_SUBJECT, keyPair.getPublic(), hosts, clock.instant());
        byte[] chain = concat(TlsKeyStores.pem(issued), TlsKeyStores.pem(issuer.root()));
        OwnerOnlyFiles.write(key, pkcs8(keyPair.getPrivate()), true);
        OwnerOnlyFiles.write(certificate, chain, false);
        return issued;
    }

    /** The authority's root, made (with {@code root.pem}) the first time. */
    private TlsCertificateIssuer rootIssuer() {
        Path keystore = directory.resolve("root.p12");
        Path passwordFile = directory.resolve("root.p12.password");
        char[] password = OwnerOnlyFiles.passwordFor(passwordFile);
        try {
            if (Files.exists(keystore)) {
                KeyStore store = TlsKeyStores.read(keystore, password);
                return new TlsCertificateIssuer(TlsKeyStores.privateKey(store, ROOT_ALIAS, password),
                        TlsKeyStores.chain(store, ROOT_ALIAS).get(0));
            }
            KeyPair keyPair = TlsCertificateIssuer.newKeyPair();
            X509Certificate root = TlsCertificateIssuer.selfSignedRoot(keyPair, ROOT_SUBJECT, clock.instant());
            OwnerOnlyFiles.write(keystore, TlsKeyStores.bytes(TlsKeyStores.keyStore(ROOT_ALIAS, keyPair.getPrivate(), password, root),
                    password), true);
            OwnerOnlyFiles.write(rootCertificate(), TlsKeyStores.pem(root), false);
            return new TlsCertificateIssuer(keyPair.getPrivate(), root);
        } catch (TlsMaterialException e) {
            throw new BootstrapException(keystore + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static byte[] pkcs8(PrivateKey key) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(new JcaPKCS8Generator(key, null));
        } catch (IOException e) {
            throw new TlsMaterialException("Cannot encode the database server's key as PEM", e);
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /**
     * {@code java ... DatabaseServerTls <authority directory> <host>[,<host>...] <certificate file> <key file>}:
     * what ./network runs.
     */
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: DatabaseServerTls <authority directory> <host>[,<host>...] <certificate file> <key file>");
            System.exit(2);
        }
        try {
            X509Certificate issued = new DatabaseServerTls(Path.of(args[0]), Clock.systemUTC())
                    .issue(List.of(args[1].split(",")), Path.of(args[2]), Path.of(args[3]));
            System.out.println("bootstrap: issued the database server's TLS certificate for " + args[1]
                    + " (until " + issued.getNotAfter().toInstant() + ")");
        } catch (BootstrapException | TlsMaterialException e) {
            System.err.println("bootstrap: " + e.getMessage());
            System.exit(1);
        }
    }
}
