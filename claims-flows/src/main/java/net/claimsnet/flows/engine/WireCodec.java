package net.claimsnet.flows.engine;

import net.claimsnet.flows.finality.FinalityAck;
import net.claimsnet.flows.notary.NotarisationRequest;
import net.claimsnet.flows.notary.NotarisationResponse;
import net.claimsnet.ledger.serialization.ParsedTransactions;
import net.claimsnet.ledger.serialization.TearOffCodec;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.SignatureMetadata;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.serialization.SerializedBytes;
import net.corda.core.transactions.CoreTransaction;
import net.corda.core.transactions.SignedTransaction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A lean encoding for the messages every claim step sends several times: a signed transaction, a
 * signature, an acknowledgement, a notarisation request and the notary's signature. The
 * transaction itself stays exactly Corda's AMQP bytes (so its id and signatures are unchanged);
 * only the envelope around it (the signature list) is written field by field instead of as a
 * self-describing AMQP document, which carries its whole schema in every message and costs more
 * than the transaction inside it. A tear-off is written field by field by {@link TearOffCodec}.
 * Anything else (a notary's refusal, any signature with a partial Merkle tree) goes as AMQP.
 */
final class WireCodec {

    /** AMQP documents start with "corda"; these kinds start with bytes it never does. */
    static final byte TRANSACTION = 1;
    static final byte SIGNATURE = 2;
    static final byte ACKNOWLEDGEMENT = 3;
    static final byte NOTARISATION_REQUEST = 4;
    static final byte NOTARY_SIGNATURE = 5;

    /**
     * Keys decoded lately, by their encoding: a network's few node keys sign almost every message.
     * Bounded: a peer may put any key in a signature, and a node that runs for months must not keep
     * every one. When full it starts again from empty (the node keys are decoded again at their next
     * message), which keeps the hot path a lock-free lookup.
     */
    static final int DECODED_KEYS_KEPT = 1_024;
    private static final Map<ByteBuffer, PublicKey> KEYS = new ConcurrentHashMap<>();
    private static final Map<PublicKey, byte[]> ENCODED_KEYS = Collections.synchronizedMap(new WeakHashMap<>());

    private WireCodec() {
    }

    /** Whether the message is one of the kinds the lean encoding covers. */
    static boolean handles(Object message) {
        if (message instanceof SignedTransaction) {
            return plain(((SignedTransaction) message).getSigs());
        }
        if (message instanceof TransactionSignature) {
            return plain(List.of((TransactionSignature) message));
        }
        if (message instanceof NotarisationRequest) {
            return TearOffCodec.covers(((NotarisationRequest) message).getTransaction());
        }
        if (message instanceof NotarisationResponse) {
            TransactionSignature signature = ((NotarisationResponse) message).getSignature();
            return signature != null && plain(List.of(signature));
        }
        return message instanceof FinalityAck;
    }

    /** The lean encoding, or null when the message is not one of the kinds it covers. */
    static byte[] encode(Object message) {
        try {
            if (message instanceof SignedTransaction) {
                SignedTransaction transaction = (SignedTransaction) message;
                if (!plain(transaction.getSigs())) {
                    return null;
                }
                // Written straight into an array of the exact size: the transaction's bytes are most of
                // the message, and a growing buffer (and OpaqueBytes.getBytes) would copy them twice more.
                int size = 1 + 4 + transaction.getTxBits().getSize() + 2;
                for (TransactionSignature signature : transaction.getSigs()) {
                    size += signatureSize(signature);
                }
                ExactBytes bytes = new ExactBytes(size);
                DataOutputStream out = new DataOutputStream(bytes);
                out.writeByte(TRANSACTION);
                out.writeInt(transaction.getTxBits().getSize());
                transaction.getTxBits().writeTo(out);
                out.writeShort(transaction.getSigs().size());
                for (TransactionSignature signature : transaction.getSigs()) {
                    writeSignature(out, signature);
                }
                return bytes.filled();
            }
            if (message instanceof TransactionSignature && plain(List.of((TransactionSignature) message))) {
                return encoded(SIGNATURE, 256, out -> writeSignature(out, (TransactionSignature) message));
            }
            if (message instanceof NotarisationRequest && handles(message)) {
                return encoded(NOTARISATION_REQUEST, 4096,
                        out -> TearOffCodec.write(out, ((NotarisationRequest) message).getTransaction()));
            }
            if (message instanceof NotarisationResponse && handles(message)) {
                return encoded(NOTARY_SIGNATURE, 256, out -> writeSignature(out, ((NotarisationResponse) message).getSignature()));
            }
            if (message instanceof FinalityAck) {
                return encoded(ACKNOWLEDGEMENT, 40, out -> write(out, ((FinalityAck) message).getTransactionId().getBytes()));
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A message body, written after its kind. */
    private interface Body {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private static byte[] encoded(byte kind, int expectedSize, Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(expectedSize);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(kind);
        body.writeTo(out);
        return bytes.toByteArray();
    }

    static boolean covers(byte[] encoded) {
        return encoded.length > 0 && encoded[0] >= TRANSACTION && encoded[0] <= NOTARY_SIGNATURE;
    }

    static Object decode(byte[] encoded) {
        return decode(encoded, null);
    }

    /** Decodes, starting a transaction from the node's earlier decoding of the same bytes when there is one. */
    static Object decode(byte[] encoded, ParsedTransactions parsed) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            byte kind = in.readByte();
            switch (kind) {
                case TRANSACTION: {
                    byte[] bits = read(in);
                    int count = in.readUnsignedShort();
                    List<TransactionSignature> signatures = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        signatures.add(readSignature(in));
                    }
                    return parsed != null ? parsed.signedTransaction(bits, signatures)
                            : new SignedTransaction(new SerializedBytes<CoreTransaction>(bits), signatures);
                }
                case SIGNATURE:
                    return readSignature(in);
                case ACKNOWLEDGEMENT:
                    return new FinalityAck(SecureHash.createSHA256(read(in)));
                case NOTARISATION_REQUEST:
                    return new NotarisationRequest(TearOffCodec.read(in));
                case NOTARY_SIGNATURE:
                    return NotarisationResponse.signed(readSignature(in));
                default:
                    throw new IOException("Unknown message kind " + kind);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A message cannot be read", e);
        }
    }

    private static boolean plain(List<TransactionSignature> signatures) {
        for (TransactionSignature signature : signatures) {
            if (signature.getPartialMerkleTree() != null) {
                return false;
            }
        }
        return true;
    }

    private static int signatureSize(TransactionSignature signature) {
        return 4 + signature.getSize() + 4 + encodedKey(signature.getBy()).length + 4 + 4;
    }

    /** Encoded keys by identity: the few keys of a network sign every transaction, and getEncoded() copies. */
    private static byte[] encodedKey(PublicKey key) {
        return ENCODED_KEYS.computeIfAbsent(key, PublicKey::getEncoded);
    }

    private static void writeSignature(DataOutputStream out, TransactionSignature signature) throws IOException {
        out.writeInt(signature.getSize());
        signature.writeTo(out);
        write(out, encodedKey(signature.getBy()));
        out.writeInt(signature.getSignatureMetadata().getPlatformVersion());
        out.writeInt(signature.getSignatureMetadata().getSchemeNumberID());
    }

    private static TransactionSignature readSignature(DataInputStream in) throws IOException {
        byte[] bytes = read(in);
        PublicKey key = key(read(in));
        SignatureMetadata metadata = new SignatureMetadata(in.readInt(), in.readInt());
        return new TransactionSignature(bytes, key, metadata);
    }

    private static PublicKey key(byte[] encoded) {
        ByteBuffer id = ByteBuffer.wrap(encoded);
        PublicKey known = KEYS.get(id);
        if (known != null) {
            return known;
        }
        if (KEYS.size() >= DECODED_KEYS_KEPT) {
            KEYS.clear();
        }
        return KEYS.computeIfAbsent(id, b -> Crypto.decodePublicKey(encoded));
    }

    static int decodedKeyCount() {
        return KEYS.size();
    }

    /** An output stream over an array of the size the caller computed; checks the count came out exact. */
    private static final class ExactBytes extends ByteArrayOutputStream {
        ExactBytes(int size) {
            super(size);
        }

        byte[] filled() {
            if (count != buf.length) {
                throw new IllegalStateException("Encoded " + count + " bytes where " + buf.length + " were computed");
            }
            return buf;
        }
    }

    private static void write(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 * 1024 * 1024) {
            throw new IOException("A field of " + length + " bytes is not plausible");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }
}
