package net.claimsnet.ledger.serialization;

import net.corda.core.serialization.ObjectWithCompatibleContext;
import net.corda.core.serialization.SerializationAPIKt;
import net.corda.core.serialization.SerializationContext;
import net.corda.core.serialization.SerializationFactory;
import net.corda.core.serialization.SerializedBytes;
import net.corda.core.utilities.ByteSequence;
import net.corda.serialization.internal.CordaSerializationMagic;
import net.corda.serialization.internal.amqp.AbstractAMQPSerializationScheme;
import net.corda.serialization.internal.amqp.Envelope;
import net.corda.serialization.internal.amqp.SchemaKt;
import org.apache.qpid.proton.codec.Data;

import java.io.NotSerializableException;
import java.nio.ByteBuffer;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Set;
import java.util.function.Function;

/**
 * The JVM's serialization factory: Corda's AMQP scheme, as Corda's own {@code SerializationFactoryImpl}
 * runs it, with states and commands decoded through the memory of the node at work
 * ({@link DecodedComponents}), and each envelope's schema written and read through the JVM's memory
 * of schemas ({@link RememberedSchemas}) rather than encoded and parsed each time. The bytes are
 * Corda's, byte for byte, and Corda decodes the objects; only the schema's bytes are not redone.
 *
 * <p>Why not Corda's factory, wrapped: a factory marks itself as the thread's current one while it
 * decodes, and what it decodes (a transaction whose components decode lazily, later) keeps using
 * the current factory. Wrapped, Corda's factory would be the one they kept, and the memory would be
 * bypassed. (Nor subclassed: Java cannot extend that Kotlin class, whose methods declare checked
 * exceptions its parent's do not.)
 */
final class RememberingSerializationFactory extends SerializationFactory {

    private static final ByteBuffer AMQP_MAGIC = ByteBuffer.wrap(SchemaKt.getAmqpMagic().getBytes()).asReadOnlyBuffer();

    private final AbstractAMQPSerializationScheme scheme;

    RememberingSerializationFactory(AbstractAMQPSerializationScheme scheme) {
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
                return encode(object, context);
            } catch (NotSerializableException e) {
                throw RememberingSerializationFactory.<RuntimeException>unchecked(e);
            }
        }));
    }

    /** Corda's AMQP encoding, the schema added from memory rather than encoded again. */
    private <T> SerializedBytes<T> encode(T object, SerializationContext context) throws NotSerializableException {
        if (context.getEncoding() != null) {
            return scheme.serialize(object, context);
        }
        SchemaLeavingOutput output = new SchemaLeavingOutput(scheme.getSerializerFactory(context));
        byte[] withoutSchema = output.serialize(object, context).getBytes();
        EnvelopeLayout layout = EnvelopeLayout.of(withoutSchema, 0, withoutSchema.length);
        if (layout == null || layout.parts() != 1) {
            // Not the envelope this Corda version writes: let Corda write the whole of it.
            return scheme.serialize(object, context);
        }
        return new SerializedBytes<>(layout.withSchema(RememberedSchemas.encoded(output.schema(), output.transforms())));
    }

    private <T> T decode(ByteSequence bytes, Class<T> type, SerializationContext context) {
        requireScheme(magicOf(bytes), context);
        return asCurrent(factory -> withCurrentContext(context, () -> {
            Envelope envelope = envelopeOf(bytes);
            // Corda reads an envelope handed to it through this property instead of parsing the bytes.
            SerializationContext reading = envelope == null ? context
                    : context.withProperty(SerializationAPIKt.AMQP_ENVELOPE_CACHE_PROPERTY, new HandedEnvelope(envelope));
            // Corda's checked exceptions, undeclared by the Kotlin method, pass through unchanged.
            return scheme.deserialize(bytes, type, reading);
        }));
    }

    /**
     * The envelope in these bytes, its schema from memory; null if they are not in Corda's plain form
     * or not well formed, for Corda to read them itself (and report what is wrong as it does).
     */
    private static Envelope envelopeOf(ByteSequence bytes) {
        EnvelopeLayout layout = EnvelopeLayout.of(bytes.getBytes(), bytes.getOffset(), bytes.getSize());
        if (layout == null || layout.parts() < 2) {
            return null;
        }
        try {
            RememberedSchemas.Read schemas = RememberedSchemas.decoded(layout.schemaAndTransforms(), layout.parts() == 3);
            if (schemas == null) {
                return null;
            }
            Data object = Data.Factory.create();
            object.decode(layout.object());
            return new Envelope(object.getObject(), schemas.schema, schemas.transforms);
        } catch (RuntimeException malformed) {
            return null;
        }
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

    /**
     * Hands Corda's reader the envelope already read, the first time it asks; anything it asks
     * later (with a context derived from this one) it reads itself.
     */
    private static final class HandedEnvelope extends AbstractMap<Object, Envelope> {

        private Envelope envelope;

        HandedEnvelope(Envelope envelope) {
            this.envelope = envelope;
        }

        @Override
        public Envelope computeIfAbsent(Object key, Function<? super Object, ? extends Envelope> reader) {
            Envelope handed = envelope;
            envelope = null;
            return handed != null ? handed : reader.apply(key);
        }

        @Override
        public Set<Entry<Object, Envelope>> entrySet() {
            return Collections.emptySet();
        }
    }
}
