package net.claimsnet.ledger.transactions;

import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.SignableData;
import net.corda.core.crypto.SignatureMetadata;
import net.corda.core.serialization.SerializationFactory;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bytes a transaction signature covers: Corda's AMQP serialization of {@link SignableData}
 * (transaction id + signature metadata). For one metadata the serialized form differs only in the
 * 32 bytes of the id, so it is serialized once as a template and the id copied in; this saves an
 * AMQP serialization on every signature made and checked. Where the template cannot be proven
 * (ids that are not SHA-256), the bytes are serialized as Corda does.
 */
final class SignableBytes {

    private static final int SHA256_LENGTH = 32;
    private static final Map<SignatureMetadata, Optional<Template>> TEMPLATES = new ConcurrentHashMap<>();

    private SignableBytes() {
    }

    static byte[] of(SecureHash transactionId, SignatureMetadata metadata) {
        if (transactionId instanceof SecureHash.SHA256) {
            Optional<Template> template = TEMPLATES.computeIfAbsent(metadata, SignableBytes::templateFor);
            if (template.isPresent()) {
                return template.get().with(transactionId.getBytes());
            }
        }
        return serialized(transactionId, metadata);
    }

    static byte[] serialized(SecureHash transactionId, SignatureMetadata metadata) {
        SerializationFactory factory = SerializationFactory.Companion.getDefaultFactory();
        return factory.serialize(new SignableData(transactionId, metadata), factory.getDefaultContext()).getBytes();
    }

    /** Serializes two different ids; the template holds if they differ in exactly one 32-byte run holding each id. */
    private static Optional<Template> templateFor(SignatureMetadata metadata) {
        byte[] zeros = new byte[SHA256_LENGTH];
        byte[] ones = new byte[SHA256_LENGTH];
        Arrays.fill(ones, (byte) 0xFF);
        byte[] first = serialized(new SecureHash.SHA256(zeros), metadata);
        byte[] second = serialized(new SecureHash.SHA256(ones), metadata);
        if (first.length != second.length) {
            return Optional.empty();
        }
        int start = -1;
        int end = -1;
        for (int i = 0; i < first.length; i++) {
            if (first[i] != second[i]) {
                start = start < 0 ? i : start;
                end = i;
            }
        }
        boolean oneRun = start >= 0 && end - start + 1 == SHA256_LENGTH
                && Arrays.equals(Arrays.copyOfRange(first, start, end + 1), zeros)
                && Arrays.equals(Arrays.copyOfRange(second, start, end + 1), ones);
        return oneRun ? Optional.of(new Template(first, start)) : Optional.empty();
    }

    private static final class Template {
        private final byte[] bytes;
        private final int idOffset;

        Template(byte[] bytes, int idOffset) {
            this.bytes = bytes;
            this.idOffset = idOffset;
        }

        byte[] with(byte[] id) {
            byte[] result = bytes.clone();
            System.arraycopy(id, 0, result, idOffset, SHA256_LENGTH);
            return result;
        }
    }
}
