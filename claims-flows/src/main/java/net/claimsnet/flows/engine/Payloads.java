package net.claimsnet.flows.engine;

import net.claimsnet.ledger.serialization.LedgerSerialization;
import net.claimsnet.ledger.serialization.ParsedTransactions;
import net.corda.core.serialization.SerializationContext;
import net.corda.core.serialization.SerializationDefaults;
import net.corda.core.serialization.SerializationFactory;
import net.corda.core.utilities.OpaqueBytes;

/**
 * Messages on the wire and values in checkpoints, in Corda's AMQP encoding (transactions,
 * signatures and acknowledgements on the wire in the lean encoding of {@link WireCodec}).
 */
public final class Payloads {

    private Payloads() {
    }

    public static byte[] serialize(Object message) {
        LedgerSerialization.ensureInstalled();
        byte[] lean = WireCodec.encode(message);
        if (lean != null) {
            return lean;
        }
        return factory().serialize(message, SerializationDefaults.INSTANCE.getP2P_CONTEXT()).getBytes();
    }

    public static Object deserialize(byte[] bytes) {
        return deserialize(bytes, (ParsedTransactions) null);
    }

    /** As {@link #deserialize(byte[])}, reusing the node's earlier decoding of a transaction's bytes. */
    static Object deserialize(byte[] bytes, ParsedTransactions parsed) {
        if (WireCodec.covers(bytes)) {
            LedgerSerialization.ensureInstalled();
            return WireCodec.decode(bytes, parsed);
        }
        return deserialize(bytes, SerializationDefaults.INSTANCE.getP2P_CONTEXT());
    }

    static byte[] serializeForStorage(Object value) {
        return factory().serialize(value, SerializationDefaults.INSTANCE.getSTORAGE_CONTEXT()).getBytes();
    }

    static Object deserializeFromStorage(byte[] bytes) {
        return deserialize(bytes, SerializationDefaults.INSTANCE.getSTORAGE_CONTEXT());
    }

    private static Object deserialize(byte[] bytes, SerializationContext context) {
        LedgerSerialization.ensureInstalled();
        return factory().deserialize(new OpaqueBytes(bytes), Object.class, context);
    }

    private static SerializationFactory factory() {
        return SerializationFactory.Companion.getDefaultFactory();
    }
}
