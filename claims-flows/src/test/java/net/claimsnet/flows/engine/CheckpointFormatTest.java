package net.claimsnet.flows.engine;

import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.ledger.serialization.LedgerSerialization;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nodes restart from checkpoints the engine wrote before: format 1, laid out here field by field as
 * the fiber wrote it, is read back whole and written again byte for byte the same.
 */
class CheckpointFormatTest {

    private static final CordaX500Name INSURER = CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US");
    private static final Instant STARTED = Instant.parse("2026-03-01T10:15:30.123Z");

    @Test
    void a_format_1_checkpoint_is_read_back_whole_and_written_again_identically() throws IOException {
        LedgerSerialization.ensureInstalled();
        ObjectCodecTest.Sample frame = new ObjectCodecTest.Sample(new UniqueIdentifier("CLM-7"), new BigDecimal("12.50"));
        SessionState session = new SessionState("session-1", INSURER, "net.claimsnet.Some$Initiator", true);
        session.opened = true;
        session.nextSendSequence = 3;
        session.lastReceived = 2;
        session.lastConsumed = 1;
        session.inbox.put(2L, new SessionState.Inbound(MessageKind.DATA, new byte[]{9, 8, 7}));
        Wait wait = new Wait(Wait.Kind.RECEIVE, "session-1", String.class.getName(), null);
        wait.attempts = 2;
        byte[] written = formatOne(frame, session, wait, "accumulator:M-1");

        FlowState state = new FlowState("ignored", Instant.EPOCH);
        new CheckpointFormat().decodeInto("flow-1", written, state);

        assertThat(state.rootName).isEqualTo(ObjectCodecTest.Sample.class.getName());
        assertThat(state.startedAt).isEqualTo(STARTED);
        assertThat(state.started).isTrue();
        assertThat(state.stack).hasSize(1);
        assertThat(state.sessions.get("session-1").counterparty).isEqualTo(INSURER);
        assertThat(state.sessions.get("session-1").inbox.get(2L).payload).containsExactly(9, 8, 7);
        assertThat(state.wait.kind).isEqualTo(Wait.Kind.RECEIVE);
        assertThat(state.wait.attempts).isEqualTo(2);
        assertThat(state.resolution).isNull();
        assertThat(state.heldLocks).containsExactly("accumulator:M-1");
        assertThat(new CheckpointFormat().encode("flow-1", state)).isEqualTo(written);
    }

    @Test
    void a_checkpoint_of_an_unknown_format_is_refused_with_its_number() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DataOutputStream(bytes).writeInt(2);

        assertThatThrownBy(() -> new CheckpointFormat().decodeInto("flow-2", bytes.toByteArray(), new FlowState("x", STARTED)))
                .hasMessageContaining("Cannot restore flow flow-2")
                .hasRootCauseMessage("Checkpoint format 2 is not 1");
    }

    /** Format 1 as the fiber of the first releases wrote it. */
    private static byte[] formatOne(FlowLogic<?> frame, SessionState session, Wait wait, String lock) throws IOException {
        ObjectCodec codec = new ObjectCodec();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            codec.beginPass();
            out.writeInt(1);
            out.writeUTF(frame.getClass().getName());
            out.writeLong(STARTED.toEpochMilli());
            out.writeBoolean(true);
            out.writeInt(1);
            codec.write(out, frame);
            out.writeInt(1);
            session.write(out);
            out.writeBoolean(true);
            wait.write(out);
            codec.write(out, null);
            out.writeInt(1);
            out.writeUTF(lock);
            codec.endPass();
        }
        return bytes.toByteArray();
    }
}
