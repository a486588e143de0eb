package net.claimsnet.node.desk;

/**
 * Why the desk did not do what it was asked, in words a user may read (no PHI, no stack): each
 * subclass is one answer an API gives (not found, not allowed, bad input, wrong state, still running).
 */
public abstract class ClaimDeskException extends RuntimeException {

    protected ClaimDeskException(String message) {
        super(message);
    }
}
