package net.claimsnet.storage.jpa.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A node of the current network map: legal name, role, owning key (encoded) and P2P address. */
@Entity
@Table(name = "network_map_node")
public class NetworkMapNodeEntity {

    @Id
    @Column(name = "legal_name")
    private String legalName;

    @Column(name = "node_role", length = 16, nullable = false)
    private String role;

    /** The public key's X.509 encoding. */
    @Column(name = "owning_key", nullable = false)
    private byte[] owningKey;

    @Column(name = "p2p_address", nullable = false)
    private String p2pAddress;

    @Column(name = "map_version", nullable = false)
    private int mapVersion;

    protected NetworkMapNodeEntity() {
    }

    public NetworkMapNodeEntity(String legalName, String role, byte[] owningKey, String p2pAddress, int mapVersion) {
        this.legalName = legalName;
        this.role = role;
        this.owningKey = owningKey;
        this.p2pAddress = p2pAddress;
        this.mapVersion = mapVersion;
    }

    public String legalName() {
        return legalName;
    }

    public String role() {
        return role;
    }

    public byte[] owningKey() {
        return owningKey;
    }

    public String p2pAddress() {
        return p2pAddress;
    }

    public int mapVersion() {
        return mapVersion;
    }
}
