package net.claimsnet.ledger.serialization;

import net.corda.core.serialization.ObjectWithCompatibleContext;
import net.corda.core.serialization.SerializationContext;
import net.corda.core.serialization.SerializationFactory;
import net.corda.core.serialization.SerializedBytes;
import net.corda.core.utilities.ByteSequence;
import net.corda.serialization.internal.CordaSerializationMagic;
import net.corda.serialization.internal.SerializationScheme;
import net.corda.serialization.internal.amqp.SchemaKt;

import java.io.NotSerializableException;
import java.nio.ByteBuffer;

/**
 * The JVM's serialization factory: Corda's AMQP scheme, as Corda's own {@code SerializationFactoryImpl}
 * runs it, with states and commands decoded through the memory of the node at work
 * ({@link DecodedComponents}).
 *
 * <p>Why not Corda's factory, wrapped: a factory marks itself as the thread's current one while it
 * decodes, and what it decodes (a transaction whose components decode lazily, later) keeps using
 * the current factory. Wrapped, Corda's factory would be the one they kept, and the memory would be
 * bypassed. (Nor subclassed: Java cannot extend that Kotlin class, whose methods declare checked
 * exceptions its parent's do not.)
 */
final class RememberingSerializationFactory extends SerializationFactory {

    private static final ByteBuffer AMQP_MAGIC = ByteBuffer.wrap(SchemaKt.getAmqpMagic().getBytes()).asReadOnlyBuffer();

    private final SerializationScheme scheme;

    RememberingSerializationFactory(SerializationScheme scheme) {
        this.scheme = scheme;
    }

    @Override
    public <T> T deserialize(ByteSequence bytes, Class<T> type, SerializationContext context) {
        return DecodedComponents.decode(bytes, type, context, () -> decode(bytes, type, context));
    }

    @Override
    public <T> ObjectWithCompatibleContext<T> deserializeWithCompatibleContext(ByteSequence bytes, Class<T> type,
                                                                             SerializationContext context) {
        T decoded = decode(bytes, type, context);
        return new ObjectWithCompatibleContext<>(decoded, context.withPreferredSerializationVersion(magicOf(bytes)));
    }

    @Override
    public <T> SerializedBytes<T> serialize(T object, SerializationContext context) {
        requireScheme(SchemaKt.getAmqpMagic(), context);
        return asCurrent(factory -> withCurrentContext(context, () -> {
            try {
                return scheme.serialize(object, context);
            } catch (NotSerializableException e) {
                throw RememberingSerializationFactory.<RuntimeException>unchecked(e);
            }
        }));
    }

    private <T> T decode(ByteSequence bytes, Class<T> type, SerializationContext context) {
        requireScheme(magicOf(bytes), context);
        return asCurrent(factory -> withCurrentContext(context, () -> {
            try {
                return scheme.deserialize(bytes, type, context);
            } catch (NotSerializableException e) {
                throw RememberingSerializationFactory.<RuntimeException>unchecked(e);
            }
        }));
    }

    private void requireScheme(CordaSerializationMagic magic, SerializationContext context) {
        if (!scheme.canDeserializeVersion(magic, context.getUseCase())) {
            throw new UnsupportedOperationException("Serialization scheme " + magic + " for " + context.getUseCase()
                    + " is not supported: this node speaks AMQP for P2P and storage only");
        }
    }

    /** The bytes' format header: AMQP's (almost always, so compared in place), or a copy of whatever it is. */
    private static CordaSerializationMagic magicOf(ByteSequence bytes) {
        int length = AMQP_MAGIC.remaining();
        if (bytes.getSize() >= length && bytes.slice(0, length).equals(AMQP_MAGIC)) {
            return SchemaKt.getAmqpMagic();
        }
        return new CordaSerializationMagic(bytes.subSequence(0, Math.min(length, bytes.getSize())).copyBytes());
    }

    /** Rethrows a checked exception unchanged: Corda's callers (Kotlin) expect the one its scheme throws. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E unchecked(Throwable thrown) throws E {
        throw (E) thrown;
    }
}
