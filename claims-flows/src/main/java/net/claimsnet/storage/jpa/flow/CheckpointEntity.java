package net.claimsnet.storage.jpa.flow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A flow at its last wait: serialized state and status; a finished flow keeps the row without state. */
@Entity
@Table(name = "flow_checkpoint")
@NamedQuery(name = CheckpointEntity.UNFINISHED,
        query = "select c from CheckpointEntity c where c.status not in ('COMPLETED', 'ABANDONED') order by c.startedAt, c.flowId")
public class CheckpointEntity {

    public static final String UNFINISHED = "Checkpoint.unfinished";

    @Id
    @Column(name = "flow_id", length = 100)
    private String flowId;

    @Column(name = "flow_name", nullable = false)
    private String flowName;

    @Column(name = "status", length = 16, nullable = false)
    private String status;

    @Column(name = "failure", length = 2000)
    private String failure;

    @Column(name = "state")
    private byte[] state;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CheckpointEntity() {
    }

    public CheckpointEntity(String flowId, String flowName, String status, String failure, byte[] state,
                            Instant startedAt, Instant updatedAt) {
        this.flowId = flowId;
        this.flowName = flowName;
        this.status = status;
        this.failure = failure;
        this.state = state;
        this.startedAt = startedAt;
        this.updatedAt = updatedAt;
    }

    /** The flow's next checkpoint replaces this one. */
    public void update(String newStatus, String newFailure, byte[] newState, Instant at) {
        this.status = newStatus;
        this.failure = newFailure;
        this.state = newState;
        this.updatedAt = at;
    }

    public String flowId() {
        return flowId;
    }

    public String flowName() {
        return flowName;
    }

    public String status() {
        return status;
    }

    public String failure() {
        return failure;
    }

    public byte[] state() {
        return state;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
