package net.claimsnet.node.desk;

/** A request the desk cannot act on as given: names the field and what is wrong with it. */
public final class InvalidDeskInputException extends ClaimDeskException {

    private final String field;

    public InvalidDeskInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
