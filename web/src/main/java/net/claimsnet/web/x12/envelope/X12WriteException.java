package net.claimsnet.web.x12.envelope;

/** Writing an interchange failed: the stream broke, or StAEDI refused what was written. */
public class X12WriteException extends RuntimeException {

    public X12WriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
