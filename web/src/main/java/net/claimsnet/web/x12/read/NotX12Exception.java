package net.claimsnet.web.x12.read;

/**
 * The input is not X12 the reader can follow (no ISA, a broken ISA, bytes that end mid-segment): there
 * is no envelope to acknowledge, so the request is refused whole (400) with this message, which says
 * where the reading stopped and never quotes the data.
 */
public class NotX12Exception extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotX12Exception(String message) {
        super(message);
    }

    public NotX12Exception(String message, Throwable cause) {
        super(message, cause);
    }
}
