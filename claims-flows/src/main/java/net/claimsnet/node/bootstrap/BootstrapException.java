package net.claimsnet.node.bootstrap;

/** The network's generated files cannot be made or read as they must; the message names the file. */
public class BootstrapException extends RuntimeException {

    public BootstrapException(String message) {
        super(message);
    }

    public BootstrapException(String message, Throwable cause) {
        super(message, cause);
    }
}
