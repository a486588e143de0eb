package net.claimsnet.node.bootstrap;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where a node running in its Payara domain finds its own stores and their passwords: copies that
 * {@code ./network} puts in the domain's own directory ({@code <domain>/config/claimsnet/}, owner-only),
 * their paths as system properties, their passwords as system properties whose domain.xml value is a
 * Payara password alias ({@code ${ALIAS=claimsnet-keystore}}) that Payara resolves inside the server
 * (stored encrypted with the domain's master password; never on a command line, never in a file beside
 * the store). The node then reads nothing under {@code .network/keys} or {@code .network/secrets}: the
 * operator's key and the TLS root stay where only the bootstrap reads them.
 *
 * <p>Without {@value #KEYSTORE_PROPERTY} (a node run in a test's JVM, a domain set up by an earlier
 * version) the node reads its stores from the state directory as before ({@link NetworkFiles}).
 */
public record NodeKeyCustody(Path keystore, Path tlsKeystore, Path truststore, UnaryOperator<String> properties) {

    public static final String KEYSTORE_PROPERTY = "claimsnet.keystore";
    public static final String KEYSTORE_PASSWORD_PROPERTY = "claimsnet.keystore.password";
    public static final String TLS_KEYSTORE_PROPERTY = "claimsnet.tls.keystore";
    public static final String TLS_KEYSTORE_PASSWORD_PROPERTY = "claimsnet.tls.keystore.password";
    public static final String TRUSTSTORE_PROPERTY = "claimsnet.tls.truststore";
    public static final String TRUSTSTORE_PASSWORD_PROPERTY = "claimsnet.tls.truststore.password";
    /** The node's configuration file, which ./network names in the same domain's properties. */
    static final String NODE_CONFIG_PROPERTY = "claimsnet.node.config";
    /** What Payara leaves in a property whose alias it could not resolve. */
    private static final String UNRESOLVED_ALIAS = "${ALIAS=";

    public NodeKeyCustody {
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(tlsKeystore, "tlsKeystore");
        Objects.requireNonNull(truststore, "truststore");
        Objects.requireNonNull(properties, "properties");
    }

    /** The domain's stores, if its system properties name them (else empty: the state directory's). */
    public static Optional<NodeKeyCustody> fromSystemProperties() {
        return from(System::getProperty);
    }

    /** As {@link #fromSystemProperties}, from any source of properties (tests). */
    static Optional<NodeKeyCustody> from(UnaryOperator<String> properties) {
        String keystore = properties.apply(KEYSTORE_PROPERTY);
        if (keystore == null || keystore.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new NodeKeyCustody(Path.of(keystore), Path.of(required(properties, TLS_KEYSTORE_PROPERTY)),
                Path.of(required(properties, TRUSTSTORE_PROPERTY)), properties));
    }

    /** The node key store's password (ledger key and column keys); the caller wipes it after use. */
    public char[] keystorePassword() {
        return password(KEYSTORE_PASSWORD_PROPERTY);
    }

    public char[] tlsKeystorePassword() {
        return password(TLS_KEYSTORE_PASSWORD_PROPERTY);
    }

    public char[] truststorePassword() {
        return password(TRUSTSTORE_PASSWORD_PROPERTY);
    }

    /**
     * Whether these are node {@code nodeId}'s stores: the domain's node is the one its node configuration
     * file names ({@value #NODE_CONFIG_PROPERTY}, config/nodes/&lt;id&gt;.properties). Code in the domain
     * that speaks for another node (the integration tests' peers) reads that node's stores from the state
     * directory, not the domain's.
     */
    public boolean isFor(String nodeId) {
        String config = properties.apply(NODE_CONFIG_PROPERTY);
        if (config == null || config.isBlank()) {
            return true;
        }
        String file = Path.of(config).getFileName().toString();
        return file.equals(nodeId + ".properties");
    }

    private char[] password(String property) {
        String value = properties.apply(property);
        if (value == null || value.isEmpty()) {
            throw new BootstrapException("The system property " + property + " must give the password of the node's store"
                    + " (./network sets it to a Payara password alias; run ./network up)");
        }
        if (value.startsWith(UNRESOLVED_ALIAS)) {
            // Payara leaves the reference as it is when the domain has no such alias; the name is no secret.
            throw new BootstrapException("The system property " + property + " names the password alias " + value
                    + ", which this domain does not have (run ./network up to create it)");
        }
        return value.toCharArray();
    }

    private static String required(UnaryOperator<String> properties, String property) {
        String value = properties.apply(property);
        if (value == null || value.isBlank()) {
            throw new BootstrapException("The system property " + property + " is required with " + KEYSTORE_PROPERTY
                    + " (./network sets both; run ./network up)");
        }
        return value;
    }

    /** Never a password. */
    @Override
    public String toString() {
        return "NodeKeyCustody[" + keystore + ", " + tlsKeystore + ", " + truststore + "]";
    }
}
