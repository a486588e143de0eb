package net.claimsnet.ledger.serialization;

import net.claimsnet.ledger.LeastRecentlyUsed;
import net.corda.core.crypto.Crypto;
import net.corda.core.serialization.SerializationContext;
import net.corda.serialization.internal.amqp.CustomSerializer;
import net.corda.serialization.internal.amqp.DeserializationInput;
import net.corda.serialization.internal.amqp.Schema;
import net.corda.serialization.internal.amqp.SerializationOutput;
import net.corda.serialization.internal.amqp.SerializationSchemas;
import net.corda.serialization.internal.amqp.custom.PublicKeySerializer;
import org.apache.qpid.proton.codec.Data;

import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.security.PublicKey;
import java.util.Map;

/**
 * Corda's public key serializer with the same wire form, remembering the keys it has decoded.
 * Decoding an Ed25519 key decompresses a curve point, as costly as a third of a signature check,
 * and a claim transaction carries the same few organisation keys a dozen times.
 */
final class CachingPublicKeySerializer extends CustomSerializer.Implements<PublicKey> {

    private static final int CAPACITY = 10_000;

    private final Map<ByteBuffer, PublicKey> decoded = LeastRecentlyUsed.map(CAPACITY);

    CachingPublicKeySerializer() {
        super(PublicKey.class);
    }

    @Override
    public Schema getSchemaForDocumentation() {
        return PublicKeySerializer.INSTANCE.getSchemaForDocumentation();
    }

    @Override
    public void writeDescribedObject(PublicKey key, Data data, Type type, SerializationOutput output,
                                     SerializationContext context) {
        PublicKeySerializer.INSTANCE.writeDescribedObject(key, data, type, output, context);
    }

    @Override
    public PublicKey readObject(Object obj, SerializationSchemas schemas, DeserializationInput input,
                                SerializationContext context) {
        byte[] encoded = (byte[]) input.readObject(obj, schemas, byte[].class, context);
        ByteBuffer cacheKey = ByteBuffer.wrap(encoded);
        synchronized (decoded) {
            PublicKey known = decoded.get(cacheKey);
            if (known != null) {
                return known;
            }
        }
        PublicKey key = Crypto.decodePublicKey(encoded);
        synchronized (decoded) {
            decoded.put(cacheKey, key);
        }
        return key;
    }
}
