package net.claimsnet.flows.transport;

import net.corda.core.identity.CordaX500Name;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Envelopes as bytes, field by field: the body of a P2P message (signed by the HTTP transport) and
 * what a finished session keeps in the database. Every length is checked against what is left, so
 * a malformed or truncated input fails with {@link MalformedEnvelopeException}, never with an
 * allocation the size of a forged length.
 */
public final class EnvelopeCodec {

    /** Field order: id, sender, recipient, session, kind, sequence, acknowledged, protocol?, payload. */
    private static final int MAX_TEXT_BYTES = 1_024;

    private EnvelopeCodec() {
    }

    public static byte[] encode(Envelope envelope) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(envelope.payload().length + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Envelope decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            Envelope envelope = read(in, bytes.length);
            if (in.available() > 0) {
                throw new MalformedEnvelopeException(in.available() + " bytes after the envelope");
            }
            return envelope;
        } catch (IOException e) {
            throw new MalformedEnvelopeException("truncated envelope");
        }
    }

    public static byte[] encodeList(List<Envelope> envelopes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(envelopes.size());
            for (Envelope envelope : envelopes) {
                write(out, envelope);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static List<Envelope> decodeList(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int count = in.readInt();
            if (count < 0 || count > bytes.length) {
                throw new MalformedEnvelopeException("an envelope count of " + count);
            }
            List<Envelope> envelopes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                envelopes.add(read(in, bytes.length));
            }
            return envelopes;
        } catch (IOException e) {
            throw new MalformedEnvelopeException("truncated envelope list");
        }
    }

    static void write(DataOutputStream out, Envelope envelope) throws IOException {
        out.writeUTF(envelope.messageId());
        out.writeUTF(envelope.sender().toString());
        out.writeUTF(envelope.recipient().toString());
        out.writeUTF(envelope.sessionId());
        out.writeUTF(envelope.kind().name());
        out.writeLong(envelope.sequence());
        out.writeLong(envelope.acknowledged());
        out.writeBoolean(envelope.protocol() != null);
        if (envelope.protocol() != null) {
            out.writeUTF(envelope.protocol());
        }
        out.writeInt(envelope.payload().length);
        out.write(envelope.payload());
    }

    static Envelope read(DataInputStream in, int totalLength) throws IOException {
        String messageId = text(in, "message id");
        CordaX500Name sender = name(in, "sender");
        CordaX500Name recipient = name(in, "recipient");
        String sessionId = text(in, "session id");
        MessageKind kind = kind(text(in, "kind"));
        long sequence = in.readLong();
        long acknowledged = in.readLong();
        String protocol = in.readBoolean() ? text(in, "protocol") : null;
        int length = in.readInt();
        if (length < 0 || length > in.available() || length > totalLength) {
            throw new MalformedEnvelopeException("a payload length of " + length + " with " + in.available() + " bytes left");
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        return new Envelope(messageId, sender, recipient, sessionId, kind, sequence, acknowledged, protocol, payload);
    }

    private static String text(DataInputStream in, String field) throws IOException {
        try {
            String value = in.readUTF();
            if (value.isEmpty() || value.length() > MAX_TEXT_BYTES) {
                throw new MalformedEnvelopeException("the " + field + " is empty or longer than " + MAX_TEXT_BYTES);
            }
            return value;
        } catch (EOFException e) {
            throw new MalformedEnvelopeException("the " + field + " is missing");
        } catch (java.io.UTFDataFormatException e) {
            throw new MalformedEnvelopeException("the " + field + " is not valid modified UTF-8");
        }
    }

    private static CordaX500Name name(DataInputStream in, String field) throws IOException {
        String value = text(in, field);
        try {
            return CordaX500Name.parse(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedEnvelopeException("the " + field + " is not an X.500 name");
        }
    }

    private static MessageKind kind(String value) {
        try {
            return MessageKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedEnvelopeException("unknown message kind " + value);
        }
    }

    /** The bytes are not an envelope; the message says which part is wrong (never any content). */
    public static final class MalformedEnvelopeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MalformedEnvelopeException(String message) {
            super(message);
        }
    }
}
