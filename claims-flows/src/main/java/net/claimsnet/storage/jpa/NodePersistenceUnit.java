package net.claimsnet.storage.jpa;

/**
 * Names shared by META-INF/persistence.xml, the server setup (config/payara) and the code.
 */
public final class NodePersistenceUnit {

    /** The persistence unit in META-INF/persistence.xml. */
    public static final String NAME = "claimsnet";

    /** The JNDI name of the node's JDBC resource, created per domain by {@code ./network up}. */
    public static final String DATA_SOURCE = "jdbc/claimsnet";

    private NodePersistenceUnit() {
    }
}
