package net.claimsnet.node.tls;

/** A TLS key store, truststore or certificate cannot be made or read as it must be; the message says which. */
public class TlsMaterialException extends RuntimeException {

    public TlsMaterialException(String message) {
        super(message);
    }

    public TlsMaterialException(String message, Throwable cause) {
        super(message, cause);
    }
}
