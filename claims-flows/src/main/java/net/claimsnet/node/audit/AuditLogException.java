package net.claimsnet.node.audit;

/** The audit log could not write what it was given: the work it records must not go on. */
public final class AuditLogException extends RuntimeException {

    public AuditLogException(String message) {
        super(message);
    }

    public AuditLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
