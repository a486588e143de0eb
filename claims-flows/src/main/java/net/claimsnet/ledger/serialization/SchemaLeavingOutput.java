package net.claimsnet.ledger.serialization;

import net.corda.serialization.internal.amqp.LocalSerializerFactory;
import net.corda.serialization.internal.amqp.Schema;
import net.corda.serialization.internal.amqp.SerializationOutput;
import net.corda.serialization.internal.amqp.TransformsSchema;
import org.apache.qpid.proton.codec.Data;

/**
 * Corda's AMQP output, writing the object and leaving the schema and transforms out of the
 * envelope: they are kept here for the caller to add, encoded once ({@link RememberedSchemas}).
 * One use only, like Corda's own.
 */
final class SchemaLeavingOutput extends SerializationOutput {

    private Schema schema;
    private TransformsSchema transforms;

    SchemaLeavingOutput(LocalSerializerFactory factory) {
        super(factory);
    }

    @Override
    public void writeSchema(Schema schema, Data data) {
        this.schema = schema;
    }

    @Override
    public void writeTransformSchema(TransformsSchema transforms, Data data) {
        this.transforms = transforms;
    }

    /** The schema of the object written, the envelope's second part. */
    Schema schema() {
        return schema;
    }

    /** Its transforms, the envelope's third part. */
    TransformsSchema transforms() {
        return transforms;
    }
}
