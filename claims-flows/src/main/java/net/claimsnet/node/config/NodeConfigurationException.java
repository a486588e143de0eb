package net.claimsnet.node.config;

/** A node file is missing, unreadable or wrong; the message names the file and the key. */
public class NodeConfigurationException extends RuntimeException {

    public NodeConfigurationException(String message) {
        super(message);
    }

    public NodeConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
