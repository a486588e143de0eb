package net.claimsnet.node.desk;

/** No coverage of that id (or no active coverage of that member) on this node. */
public final class CoverageNotFoundException extends ClaimDeskException {

    public CoverageNotFoundException(String message) {
        super(message);
    }
}
