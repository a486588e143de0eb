package net.claimsnet.flows.engine;

import net.claimsnet.ledger.serialization.ParsedTransactions;
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
import java.util.ArrayList;
import java.util.List;

/**
 * A lean encoding for the messages every claim step sends several times: a signed transaction and
 * a signature here, and the protocols' own frequent messages (an acknowledgement, a notarisation
 * request, the notary's signature) through the {@link LeanPayloadType}s they contribute. The
 * transaction itself stays exactly Corda's AMQP bytes (so its id and signatures are unchanged);
 * only the envelope around it (the signature list) is written field by field instead of as a
 * self-describing AMQP document, which carries its whole schema in every message and costs more
 * than the transaction inside it. Anything else (any signature with a partial Merkle tree) goes as AMQP.
 */
final class WireCodec {

    /** AMQP documents start with "corda"; the lean kinds start with bytes it never does. */
    static final byte TRANSACTION = 1;
    static final byte SIGNATURE = 2;

    static final int DECODED_KEYS_KEPT = WireFields.DECODED_KEYS_KEPT;

    private WireCodec() {
    }

    /** Whether the message is one of the kinds the lean encoding covers. */
    static boolean handles(Object message) {
        if (message instanceof SignedTransaction) {
            return WireFields.plain(((SignedTransaction) message).getSigs());
        }
        if (message instanceof TransactionSignature) {
            return WireFields.plain(List.of((TransactionSignature) message));
        }
        LeanPayloadType<?> type = ProtocolExtensions.leanType(message);
        return type != null && covers(type, message);
    }

    @SuppressWarnings("unchecked")
    private static <T> boolean covers(LeanPayloadType<T> type, Object message) {
        return type.covers((T) message);
    }

    /** The lean encoding, or null when the message is not one of the kinds it covers. */
    static byte[] encode(Object message) {
        try {
            if (message instanceof SignedTransaction) {
                SignedTransaction transaction = (SignedTransaction) message;
                if (!WireFields.plain(transaction.getSigs())) {
                    return null;
                }
                // Written straight into an array of the exact size: the transaction's bytes are most of
                // the message, and a growing buffer (and OpaqueBytes.getBytes) would copy them twice more.
                int size = 1 + 4 + transaction.getTxBits().getSize() + 2;
                for (TransactionSignature signature : transaction.getSigs()) {
                    size += WireFields.signatureSize(signature);
                }
                ExactBytes bytes = new ExactBytes(size);
                DataOutputStream out = new DataOutputStream(bytes);
                out.writeByte(TRANSACTION);
                out.writeInt(transaction.getTxBits().getSize());
                transaction.getTxBits().writeTo(out);
                out.writeShort(transaction.getSigs().size());
                for (TransactionSignature signature : transaction.getSigs()) {
                    WireFields.writeSignature(out, signature);
                }
                return bytes.filled();
            }
            if (message instanceof TransactionSignature) {
                if (!WireFields.plain(List.of((TransactionSignature) message))) {
                    return null;
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
                DataOutputStream out = new DataOutputStream(bytes);
                out.writeByte(SIGNATURE);
                WireFields.writeSignature(out, (TransactionSignature) message);
                return bytes.toByteArray();
            }
            LeanPayloadType<?> type = ProtocolExtensions.leanType(message);
            return type == null ? null : encode(type, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> byte[] encode(LeanPayloadType<T> type, Object message) throws IOException {
        T typed = (T) message;
        if (!type.covers(typed)) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(type.expectedSize());
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(type.tag());
        type.write(out, typed);
        return bytes.toByteArray();
    }

    static boolean covers(byte[] encoded) {
        return encoded.length > 0 && (encoded[0] == TRANSACTION || encoded[0] == SIGNATURE
                || ProtocolExtensions.leanType(encoded[0]) != null);
    }

    static Object decode(byte[] encoded) {
        return decode(encoded, null);
    }

    /** Decodes, starting a transaction from the node's earlier decoding of the same bytes when there is one. */
    static Object decode(byte[] encoded, ParsedTransactions parsed) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            byte kind = in.readByte();
            if (kind == TRANSACTION) {
                byte[] bits = WireFields.readBytes(in);
                int count = in.readUnsignedShort();
                List<TransactionSignature> signatures = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    signatures.add(WireFields.readSignature(in));
                }
                return parsed != null ? parsed.signedTransaction(bits, signatures)
                        : new SignedTransaction(new SerializedBytes<CoreTransaction>(bits), signatures);
            }
            if (kind == SIGNATURE) {
                return WireFields.readSignature(in);
            }
            LeanPayloadType<?> type = ProtocolExtensions.leanType(kind);
            if (type == null) {
                throw new IOException("Unknown message kind " + kind);
            }
            return type.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("A message cannot be read", e);
        }
    }

    static int decodedKeyCount() {
        return WireFields.decodedKeyCount();
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
}
