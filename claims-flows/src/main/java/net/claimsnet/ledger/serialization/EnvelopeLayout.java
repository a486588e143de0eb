package net.claimsnet.ledger.serialization;

import net.corda.serialization.internal.SectionId;
import net.corda.serialization.internal.amqp.Envelope;
import net.corda.serialization.internal.amqp.SchemaKt;
import org.apache.qpid.proton.amqp.Binary;
import org.apache.qpid.proton.codec.Data;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Where the parts of a serialized Corda AMQP envelope sit in its bytes: the header (format magic,
 * section, the envelope's descriptor), then a list of the object, its schema and, usually, the
 * schema's transforms. Found by reading the AMQP constructors only, without decoding anything.
 *
 * <p>Only the plain form Corda writes is recognised (no compression section, the envelope's own
 * descriptor, a list filling the rest of the bytes); {@link #of} answers null for anything else, for
 * the caller to leave to Corda.
 */
final class EnvelopeLayout {

    private static final byte LIST_8 = (byte) 0xc0;
    private static final byte LIST_32 = (byte) 0xd0;
    private static final byte DESCRIBED = 0x00;

    /** Magic, section and envelope descriptor, as Corda writes them before the envelope's list. */
    private static final byte[] HEADER = header();

    private final byte[] array;
    private final int objectStart;
    private final int objectEnd;
    private final int end;
    private final int count;

    private EnvelopeLayout(byte[] array, int objectStart, int objectEnd, int end, int count) {
        this.array = array;
        this.objectStart = objectStart;
        this.objectEnd = objectEnd;
        this.end = end;
        this.count = count;
    }

    /** The layout of the envelope in {@code array[offset, offset + size)}, or null if it is not in the plain form. */
    static EnvelopeLayout of(byte[] array, int offset, int size) {
        int end = offset + size;
        if (size <= HEADER.length + 2 || !Arrays.equals(array, offset, offset + HEADER.length, HEADER, 0, HEADER.length)) {
            return null;
        }
        int at = offset + HEADER.length;
        int listEnd;
        int count;
        if (array[at] == LIST_8) {
            listEnd = at + 2 + (array[at + 1] & 0xff);
            count = array[at + 2] & 0xff;
            at += 3;
        } else if (array[at] == LIST_32 && size >= HEADER.length + 9) {
            listEnd = (int) Math.min(Integer.MAX_VALUE, at + 5 + AmqpElements.unsignedInt(array, at + 1));
            count = (int) Math.min(Integer.MAX_VALUE, AmqpElements.unsignedInt(array, at + 5));
            at += 9;
        } else {
            return null;
        }
        if (listEnd != end || count < 1 || count > 3) {
            return null;
        }
        int objectEnd = AmqpElements.end(array, at, end);
        if (objectEnd < 0) {
            return null;
        }
        return new EnvelopeLayout(array, at, objectEnd, end, count);
    }

    /** Where the envelope's list starts in a blob: after the magic, the section and the descriptor. */
    static int listOffset() {
        return HEADER.length;
    }

    /** How many parts the envelope holds: 1 without its schema, 2 with, 3 with the transforms too. */
    int parts() {
        return count;
    }

    /** The object's encoded AMQP element. */
    ByteBuffer object() {
        return ByteBuffer.wrap(array, objectStart, objectEnd - objectStart).slice();
    }

    /** The encoded schema and transforms, as they follow the object. */
    ByteBuffer schemaAndTransforms() {
        return ByteBuffer.wrap(array, objectEnd, end - objectEnd).slice();
    }

    /**
     * This envelope, holding the object only, completed with the encoded schema and transforms (two
     * more parts): the bytes Corda writes for the same object, list size chosen as proton chooses it.
     */
    byte[] withSchema(byte[] schemaAndTransforms) {
        if (count != 1) {
            throw new IllegalStateException("The envelope already holds " + count + " parts");
        }
        int objectLength = objectEnd - objectStart;
        long elements = (long) objectLength + schemaAndTransforms.length;
        boolean small = elements <= 254;
        int headerLength = small ? 3 : 9;
        if (HEADER.length + headerLength + elements > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("An envelope of " + elements + " bytes is too large");
        }
        ByteBuffer out = ByteBuffer.allocate((int) (HEADER.length + headerLength + elements));
        out.put(HEADER);
        if (small) {
            out.put(LIST_8).put((byte) (elements + 1)).put((byte) 3);
        } else {
            out.put(LIST_32).putInt((int) elements + 4).putInt(3);
        }
        out.put(array, objectStart, objectLength);
        out.put(schemaAndTransforms);
        return out.array();
    }

    private static byte[] header() {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.writeBytes(SchemaKt.getAmqpMagic().getBytes());
        SectionId.DATA_AND_STOP.writeTo(header);
        header.write(DESCRIBED);
        Data descriptor = Data.Factory.create();
        descriptor.putObject(Envelope.Companion.getDESCRIPTOR());
        Binary encoded = descriptor.encode();
        header.write(encoded.getArray(), encoded.getArrayOffset(), encoded.getLength());
        return header.toByteArray();
    }
}
