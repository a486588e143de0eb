package net.claimsnet.flows.transport.http;

import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.EnvelopeCodec;
import net.claimsnet.flows.transport.EnvelopeCodec.MalformedEnvelopeException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Arrays;

/**
 * The body of {@code POST /api/p2p/messages}: an envelope signed by its sender's node key.
 *
 * <pre>
 *   magic      4 bytes   "CNP2"
 *   version    1 byte    1
 *   length     int32     n, the envelope's length
 *   envelope   n bytes   {@link EnvelopeCodec}: message id, sender, recipient, session id, kind,
 *                        sequence, acknowledged, protocol (INIT only), payload
 *   sig length uint16    s
 *   signature  s bytes   the sender's Ed25519 signature over every byte before "sig length"
 * </pre>
 * Integers are big-endian; texts are Java modified UTF-8 with a 2-byte length.
 */
public final class SignedMessage {

    private static final byte[] MAGIC = "CNP2".getBytes(StandardCharsets.US_ASCII);
    private static final byte VERSION = 1;
    private static final int HEADER = MAGIC.length + 1 + Integer.BYTES;
    private static final int MAX_SIGNATURE_BYTES = 512;

    private final Envelope envelope;
    private final byte[] body;
    private final int signedLength;
    private final byte[] signature;

    private SignedMessage(Envelope envelope, byte[] body, int signedLength, byte[] signature) {
        this.envelope = envelope;
        this.body = body;
        this.signedLength = signedLength;
        this.signature = signature;
    }

    /** The wire bytes of the envelope signed with the sender's key. */
    public static byte[] sign(Envelope envelope, KeyPair senderKey) {
        byte[] encoded = EnvelopeCodec.encode(envelope);
        ByteBuffer signed = ByteBuffer.allocate(HEADER + encoded.length);
        signed.put(MAGIC).put(VERSION).putInt(encoded.length).put(encoded);
        byte[] signature = MessageSignatures.sign(senderKey, signed.array());
        return ByteBuffer.allocate(signed.capacity() + Short.BYTES + signature.length)
                .put(signed.array()).putShort((short) signature.length).put(signature).array();
    }

    /**
     * Reads the wire bytes without checking the signature yet (the sender's key is looked up by
     * the name inside).
     *
     * @throws MalformedEnvelopeException naming what is wrong with the bytes
     */
    public static SignedMessage parse(byte[] body) {
        if (body.length < HEADER || !Arrays.equals(body, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new MalformedEnvelopeException("not a ClaimsNet P2P message (no CNP2 header)");
        }
        ByteBuffer in = ByteBuffer.wrap(body);
        in.position(MAGIC.length);
        byte version = in.get();
        if (version != VERSION) {
            throw new MalformedEnvelopeException("unsupported P2P message version " + version);
        }
        int length = in.getInt();
        if (length < 0 || length > in.remaining() - Short.BYTES) {
            throw new MalformedEnvelopeException("an envelope length of " + length + " with " + in.remaining() + " bytes left");
        }
        byte[] encoded = new byte[length];
        in.get(encoded);
        int signedLength = in.position();
        int signatureLength = Short.toUnsignedInt(in.getShort());
        if (signatureLength == 0 || signatureLength > MAX_SIGNATURE_BYTES || signatureLength != in.remaining()) {
            throw new MalformedEnvelopeException("a signature of " + signatureLength + " bytes with " + in.remaining() + " bytes left");
        }
        byte[] signature = new byte[signatureLength];
        in.get(signature);
        return new SignedMessage(EnvelopeCodec.decode(encoded), body, signedLength, signature);
    }

    /** The envelope as its sender wrote it; trust it only once {@link #isSignedBy} said yes. */
    public Envelope envelope() {
        return envelope;
    }

    public boolean isSignedBy(PublicKey key) {
        return MessageSignatures.verify(key, signature, body, signedLength);
    }
}
