package net.claimsnet.storage.jpa.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One version of the operator-signed network map, as serialized bytes (checked again on load). */
@Entity
@Table(name = "network_map")
@NamedQuery(name = NetworkMapEntity.LATEST, query = "select m from NetworkMapEntity m order by m.version desc")
public class NetworkMapEntity {

    public static final String LATEST = "NetworkMap.latest";

    @Id
    @Column(name = "map_version")
    private int version;

    @Column(name = "signed_map", nullable = false)
    private byte[] signedMap;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected NetworkMapEntity() {
    }

    public NetworkMapEntity(int version, byte[] signedMap, Instant receivedAt) {
        this.version = version;
        this.signedMap = signedMap;
        this.receivedAt = receivedAt;
    }

    public int version() {
        return version;
    }

    public byte[] signedMap() {
        return signedMap;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
