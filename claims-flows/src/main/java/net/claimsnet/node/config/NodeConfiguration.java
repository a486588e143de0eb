package net.claimsnet.node.config;

import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.limits.RateLimit;
import net.claimsnet.node.audit.AuditSettings;
import net.corda.core.identity.CordaX500Name;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * One node as its file in config/nodes states it (keys documented in config/nodes/README.md):
 * legal name, role, host, HTTP and admin ports, database, peers. {@link #load} checks what
 * {@code ./network} checks and names the file and key of any problem.
 *
 * <p>Ports: {@code http.port} ends in 80 and is Payara's port base + 80, so a node has the hundred
 * ports from its base: admin {@code http.port - 32} (+48), plain HTTP {@code http.port} (+80), HTTPS
 * for the desk and API {@code http.port + 1} (+81), mutual-TLS P2P {@code http.port + 2} (+82).
 */
public final class NodeConfiguration {

    /** The system property that holds the path of the node's file (set per domain by ./network up). */
    public static final String PATH_PROPERTY = "claimsnet.node.config";

    static final String DEFAULT_HOST = "127.0.0.1";

    private final String id;
    private final Path file;
    private final CordaX500Name legalName;
    private final NodeRole role;
    private final String host;
    private final int httpPort;
    private final int adminPort;
    private final Optional<String> databaseUrl;
    private final Optional<String> databaseUser;
    private final List<String> peers;
    private final RateLimit userRateLimit;
    private final RateLimit peerRateLimit;
    private final AuditSettings audit;

    private NodeConfiguration(String id, Path file, Properties properties) {
        this.id = id;
        this.file = file;
        this.legalName = legalName(required(properties, "node.name"));
        this.role = role(required(properties, "node.role"));
        this.host = optional(properties, "host").orElse(DEFAULT_HOST);
        this.httpPort = port(properties, "http.port");
        if (httpPort % 100 != 80 || httpPort < 1180 || httpPort > 65480) {
            throw problem("http.port must end in 80 (Payara's port base is http.port - 80), between 1180 and 65480; was "
                    + httpPort);
        }
        this.adminPort = port(properties, "admin.port");
        if (adminPort != httpPort - 32) {
            throw problem("admin.port must be http.port - 32 = " + (httpPort - 32) + "; was " + adminPort);
        }
        this.databaseUrl = optional(properties, "database.url");
        this.databaseUser = optional(properties, "database.user");
        if (databaseUrl.isPresent() && databaseUser.isEmpty()) {
            throw problem("database.user is required with database.url");
        }
        databaseUrl.ifPresent(this::checkDatabaseUrl);
        this.peers = optional(properties, "peers").map(NodeConfiguration::list).orElse(List.of());
        if (peers.contains(id)) {
            throw problem("peers must not name the node itself (" + id + ")");
        }
        this.userRateLimit = rateLimit(properties, "limits.user", RateLimit.USER_DEFAULT);
        this.peerRateLimit = rateLimit(properties, "limits.peer", RateLimit.PEER_DEFAULT);
        this.audit = auditSettings(properties);
    }

    private AuditSettings auditSettings(Properties properties) {
        int rows = optional(properties, "audit.head.rows").map(v -> number("audit.head.rows", v))
                .orElse(AuditSettings.DEFAULT_ROWS_PER_HEAD);
        Duration interval = optional(properties, "audit.head.minutes").map(v -> Duration.ofMinutes(number("audit.head.minutes", v)))
                .orElse(AuditSettings.DEFAULT_HEAD_INTERVAL);
        try {
            return new AuditSettings(rows, interval);
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }

    private int number(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw problem(key + " must be a number; was " + value);
        }
    }

    /** The configuration named by the system property {@value #PATH_PROPERTY}. */
    public static NodeConfiguration fromSystemProperty() {
        String path = System.getProperty(PATH_PROPERTY);
        if (path == null || path.isBlank()) {
            throw new NodeConfigurationException("The system property " + PATH_PROPERTY
                    + " must name the node's configuration file (config/nodes/<node>.properties)");
        }
        return load(Path.of(path));
    }

    public static NodeConfiguration load(Path file) {
        Objects.requireNonNull(file, "file");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new NodeConfigurationException("Cannot read the node configuration " + file + ": " + e, e);
        }
        return new NodeConfiguration(idOf(file), file, properties);
    }

    static String idOf(Path file) {
        return file.getFileName().toString().replaceFirst("\\.properties$", "");
    }

    /** The file's name without extension, e.g. "acme". */
    public String id() {
        return id;
    }

    public Path file() {
        return file;
    }

    /** The X.500 legal name, as on the network map, e.g. O=Acme Health Insurance,L=Hartford,C=US. */
    public CordaX500Name legalName() {
        return legalName;
    }

    public NodeRole role() {
        return role;
    }

    /** The host the other nodes and the browser reach this node at. */
    public String host() {
        return host;
    }

    public int httpPort() {
        return httpPort;
    }

    public int adminPort() {
        return adminPort;
    }

    /**
     * The base URL of the node's plain HTTP listener (Payara's http-listener-1, {@code http.port}):
     * the desk and API on this machine, the health checks of ./network. No longer the P2P address:
     * that is {@link #p2pAddress()}.
     */
    public String address() {
        return url("http", httpPort);
    }

    /**
     * The base URL of the desk and API over HTTPS: Payara's http-listener-2 at {@code http.port + 1}
     * (port base + 81, Payara's own HTTPS port), with the node's TLS certificate.
     */
    public String secureAddress() {
        return url("https", httpPort + 1);
    }

    /**
     * The node's address on the network map: the base URL of its mutual-TLS P2P listener at
     * {@code http.port + 2} (port base + 82, none of Payara's default ports: admin +48, HTTP +80,
     * HTTPS +81, IIOP +37/+38/+39, JMX +86, JMS +76, OSGi +66, debug +9), which takes only peers
     * presenting a certificate of the network's TLS root.
     */
    public String p2pAddress() {
        return url("https", httpPort + 2);
    }

    private String url(String scheme, int port) {
        String literal = host.contains(":") ? "[" + host + "]" : host;
        return scheme + "://" + literal + ":" + port;
    }

    /** Empty: the default H2 file under .network/data/&lt;id&gt; (./network creates it). */
    public Optional<String> databaseUrl() {
        return databaseUrl;
    }

    public Optional<String> databaseUser() {
        return databaseUser;
    }

    /** How often the node signs its audit chain's head (audit.head.rows, audit.head.minutes; 1,000 rows / 1 min). */
    public AuditSettings audit() {
        return audit;
    }

    /** The ids of the nodes this node exchanges messages with. */
    public List<String> peers() {
        return peers;
    }

    /** Requests a second (and burst) each desk or API user may make ({@code limits.user.*}). */
    public RateLimit userRateLimit() {
        return userRateLimit;
    }

    /** P2P messages a second (and burst) each peer node may send ({@code limits.peer.*}). */
    public RateLimit peerRateLimit() {
        return peerRateLimit;
    }

    @Override
    public String toString() {
        return id + " (" + role.name().toLowerCase(Locale.ROOT) + " " + legalName + ")";
    }

    private CordaX500Name legalName(String value) {
        try {
            return CordaX500Name.parse(value);
        } catch (IllegalArgumentException e) {
            throw problem("node.name must be an X.500 name with O, L and C, e.g. "
                    + "O=Acme Health Insurance,L=Hartford,C=US (" + e.getMessage() + ")");
        }
    }

    private NodeRole role(String value) {
        try {
            return NodeRole.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem("node.role must be one of provider, insurer, notary, auditor; was " + value);
        }
    }

    private int port(Properties properties, String key) {
        return number(key, required(properties, key));
    }

    /** {@code <prefix>.per-second} and {@code <prefix>.burst}, each defaulting to the given limit's. */
    private RateLimit rateLimit(Properties properties, String prefix, RateLimit defaults) {
        double perSecond = optional(properties, prefix + ".per-second").map(value -> positive(prefix + ".per-second", value))
                .orElse(defaults.perSecond());
        long burst = optional(properties, prefix + ".burst").map(value -> (long) positive(prefix + ".burst", value))
                .orElse(defaults.burst());
        return new RateLimit(perSecond, burst);
    }

    private double positive(String key, String value) {
        try {
            double number = Double.parseDouble(value);
            if (number >= 1 && number <= 1e9) {
                return number;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw problem(key + " must be a number from 1 to 1000000000; was " + value);
    }

    private void checkDatabaseUrl(String url) {
        if (url.startsWith("jdbc:h2:")) {
            if (!url.toUpperCase(Locale.ROOT).contains(";MODE=POSTGRESQL")) {
                throw problem("an H2 database.url must run in PostgreSQL mode "
                        + "(add ;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH)");
            }
        } else if (!url.startsWith("jdbc:postgresql:")) {
            throw problem("database.url must be jdbc:h2:... or jdbc:postgresql:... (or empty for the default H2 file)");
        }
    }

    private String required(Properties properties, String key) {
        return optional(properties, key).orElseThrow(() -> new NodeConfigurationException(
                key + " is missing in the node configuration " + file));
    }

    private static Optional<String> optional(Properties properties, String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableList());
    }

    private NodeConfigurationException problem(String message) {
        return new NodeConfigurationException(file + ": " + message);
    }
}
