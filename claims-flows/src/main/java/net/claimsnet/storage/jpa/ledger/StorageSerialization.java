package net.claimsnet.storage.jpa.ledger;

import net.claimsnet.ledger.serialization.LedgerSerialization;
import net.claimsnet.storage.jpa.StorageException;
import net.corda.core.serialization.SerializationDefaults;
import net.corda.core.serialization.SerializationFactory;
import net.corda.core.serialization.SerializedBytes;
import net.corda.core.utilities.ByteSequence;

/**
 * What a node writes to its database is what Corda writes to its own: AMQP bytes in the storage
 * context, so a stored transaction deserializes to the same object, signatures and id included.
 */
public final class StorageSerialization {

    private StorageSerialization() {
    }

    public static byte[] serialize(Object object) {
        LedgerSerialization.ensureInstalled();
        SerializedBytes<Object> bytes = SerializationFactory.Companion.getDefaultFactory()
                .serialize(object, SerializationDefaults.INSTANCE.getSTORAGE_CONTEXT());
        return bytes.getBytes();
    }

    public static <T> T deserialize(byte[] bytes, Class<T> type, String what) {
        LedgerSerialization.ensureInstalled();
        try {
            return SerializationFactory.Companion.getDefaultFactory()
                    .deserialize(ByteSequence.of(bytes), type, SerializationDefaults.INSTANCE.getSTORAGE_CONTEXT());
        } catch (RuntimeException e) {
            // Corda's messages name classes and fields, never values: safe to pass on without PHI.
            throw new StorageException("Stored " + what + " cannot be read back as " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
    }
}
