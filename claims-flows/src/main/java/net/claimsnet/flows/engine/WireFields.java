package net.claimsnet.flows.engine;

import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SignatureMetadata;
import net.corda.core.crypto.TransactionSignature;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.PublicKey;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/** The fields lean encodings are made of (for the engine's own and the protocols' {@link LeanPayloadType}s). */
public final class WireFields {

    /**
     * Keys decoded lately, by their encoding: a network's few node keys sign almost every message.
     * Bounded: a peer may put any key in a signature, and a node that runs for months must not keep
     * every one. When full it starts again from empty (the node keys are decoded again at their next
     * message), which keeps the hot path a lock-free lookup.
     */
    static final int DECODED_KEYS_KEPT = 1_024;
    private static final Map<ByteBuffer, PublicKey> KEYS = new ConcurrentHashMap<>();
    private static final Map<PublicKey, byte[]> ENCODED_KEYS = Collections.synchronizedMap(new WeakHashMap<>());

    private WireFields() {
    }

    /** Whether the signatures are plain ones (no partial Merkle tree), the only ones written field by field. */
    public static boolean plain(List<TransactionSignature> signatures) {
        for (TransactionSignature signature : signatures) {
            if (signature.getPartialMerkleTree() != null) {
                return false;
            }
        }
        return true;
    }

    static int signatureSize(TransactionSignature signature) {
        return 4 + signature.getSize() + 4 + encodedKey(signature.getBy()).length + 4 + 4;
    }

    /** Encoded keys by identity: the few keys of a network sign every transaction, and getEncoded() copies. */
    private static byte[] encodedKey(PublicKey key) {
        return ENCODED_KEYS.computeIfAbsent(key, PublicKey::getEncoded);
    }

    public static void writeSignature(DataOutputStream out, TransactionSignature signature) throws IOException {
        out.writeInt(signature.getSize());
        signature.writeTo(out);
        writeBytes(out, encodedKey(signature.getBy()));
        out.writeInt(signature.getSignatureMetadata().getPlatformVersion());
        out.writeInt(signature.getSignatureMetadata().getSchemeNumberID());
    }

    public static TransactionSignature readSignature(DataInputStream in) throws IOException {
        byte[] bytes = readBytes(in);
        PublicKey key = key(readBytes(in));
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

    public static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 * 1024 * 1024) {
            throw new IOException("A field of " + length + " bytes is not plausible");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }
}
