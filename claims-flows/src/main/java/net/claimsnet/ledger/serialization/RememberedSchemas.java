package net.claimsnet.ledger.serialization;

import net.claimsnet.ledger.LeastRecentlyUsed;
import net.corda.serialization.internal.amqp.Schema;
import net.corda.serialization.internal.amqp.TransformsSchema;
import org.apache.qpid.proton.amqp.Binary;
import org.apache.qpid.proton.codec.Data;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;

/**
 * The JVM's memory of the AMQP schemas it wrote and read, each kept encoded and decoded.
 *
 * <p>Every Corda AMQP blob carries the schema of every type in it, and a claim state's schema (35
 * types, about 9 KB) is five sixths of its bytes: encoding it was 60% of encoding the state and
 * parsing it 40% of decoding one, each time. Yet a node writes and reads the same few dozen schemas
 * over and over (Corda's own source has a to-do to the same effect). What is remembered is what
 * encoding or decoding again would give: a schema's encoding is a function of the schema, and a
 * decoded schema is an immutable description of types, whatever class loader then reads objects by
 * it. The bytes written are Corda's, byte for byte.
 */
final class RememberedSchemas {

    /** A network's states, commands and messages use a few dozen schemas; room for many more. */
    private static final int CAPACITY = 1_024;

    private static final Map<Written, byte[]> ENCODED = LeastRecentlyUsed.map(CAPACITY);
    private static final Map<SerializedContent, Read> DECODED = LeastRecentlyUsed.map(CAPACITY);
    private static long schemasReadFromMemory;

    private RememberedSchemas() {
    }

    /** The encoded schema followed by the encoded transforms, as they close a Corda envelope (shared: not to be changed). */
    static byte[] encoded(Schema schema, TransformsSchema transforms) {
        Written key = new Written(schema, transforms);
        synchronized (ENCODED) {
            byte[] known = ENCODED.get(key);
            if (known != null) {
                return known;
            }
        }
        Data data = Data.Factory.create();
        data.putObject(schema);
        data.putObject(transforms);
        Binary binary = data.encode();
        byte[] encoded = new byte[binary.getLength()];
        System.arraycopy(binary.getArray(), binary.getArrayOffset(), encoded, 0, encoded.length);
        synchronized (ENCODED) {
            ENCODED.put(key, encoded);
        }
        return encoded;
    }

    /**
     * The schema and transforms encoded in these bytes (the schema alone if {@code withTransforms}
     * is false, as in envelopes written before Corda had transforms), or null if they are malformed.
     */
    static Read decoded(ByteBuffer encoded, boolean withTransforms) {
        SerializedContent probe = SerializedContent.of(encoded);
        synchronized (DECODED) {
            Read known = DECODED.get(probe);
            if (known != null) {
                schemasReadFromMemory++;
                return known;
            }
        }
        Read read = read(encoded, withTransforms);
        if (read != null) {
            synchronized (DECODED) {
                DECODED.put(probe.owningItsBytes(), read);
            }
        }
        return read;
    }

    /** How many times a schema was read from memory rather than parsed (for tests and diagnostics). */
    static long schemasReadFromMemory() {
        synchronized (DECODED) {
            return schemasReadFromMemory;
        }
    }

    private static Read read(ByteBuffer encoded, boolean withTransforms) {
        byte[] array = encoded.array();
        int start = encoded.arrayOffset() + encoded.position();
        int limit = start + encoded.remaining();
        int schemaEnd = AmqpElements.end(array, start, limit);
        if (schemaEnd < 0 || (withTransforms ? AmqpElements.end(array, schemaEnd, limit) : schemaEnd) != limit) {
            return null;
        }
        Schema schema = Schema.Companion.get(element(array, start, schemaEnd));
        TransformsSchema transforms = TransformsSchema.Companion.newInstance(
                withTransforms ? element(array, schemaEnd, limit) : null);
        return new Read(schema, transforms);
    }

    private static Object element(byte[] array, int start, int end) {
        Data data = Data.Factory.create();
        data.decode(ByteBuffer.wrap(array, start, end - start));
        return data.getObject();
    }

    /** A decoded schema and its transforms. */
    static final class Read {
        final Schema schema;
        final TransformsSchema transforms;

        Read(Schema schema, TransformsSchema transforms) {
            this.schema = schema;
            this.transforms = transforms;
        }
    }

    /** What an envelope's closing parts say: equal when the schemas and transforms are. */
    private static final class Written {
        private final Schema schema;
        private final TransformsSchema transforms;
        private final int hash;

        Written(Schema schema, TransformsSchema transforms) {
            this.schema = schema;
            this.transforms = transforms;
            this.hash = Objects.hash(schema, transforms);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Written && ((Written) o).hash == hash
                    && ((Written) o).schema.equals(schema) && ((Written) o).transforms.equals(transforms);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
