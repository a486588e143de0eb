package net.claimsnet.rules.reference;

/** A reference-data file that cannot be used, with the file and line at fault. */
public class ReferenceDataException extends RuntimeException {

    public ReferenceDataException(String message) {
        super(message);
    }
}
