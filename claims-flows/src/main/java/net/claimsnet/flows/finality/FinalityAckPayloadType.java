package net.claimsnet.flows.finality;

import net.claimsnet.flows.engine.LeanPayloadType;
import net.claimsnet.flows.engine.WireFields;
import net.corda.core.crypto.SecureHash;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A receiver's acknowledgement of a finished transaction, sent by every party and the auditor for
 * every claim step: its transaction id alone instead of an AMQP document. Registered in
 * {@code META-INF/services/net.claimsnet.flows.engine.LeanPayloadType}.
 */
public final class FinalityAckPayloadType implements LeanPayloadType<FinalityAck> {

    /** The tag on the wire and in checkpoints since the first release: never reassigned. */
    public static final byte TAG = 3;

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public Class<FinalityAck> type() {
        return FinalityAck.class;
    }

    @Override
    public boolean covers(FinalityAck ack) {
        return true;
    }

    @Override
    public int expectedSize() {
        return 40;
    }

    @Override
    public void write(DataOutputStream out, FinalityAck ack) throws IOException {
        WireFields.writeBytes(out, ack.getTransactionId().getBytes());
    }

    @Override
    public FinalityAck read(DataInputStream in) throws IOException {
        return new FinalityAck(SecureHash.createSHA256(WireFields.readBytes(in)));
    }
}
