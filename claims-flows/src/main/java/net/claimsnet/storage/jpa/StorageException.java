package net.claimsnet.storage.jpa;

/** The node's database could not do what was asked; the message says what and for which record. */
public class StorageException extends RuntimeException {

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
