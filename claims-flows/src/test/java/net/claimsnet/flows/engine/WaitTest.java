package net.claimsnet.flows.engine;

import net.claimsnet.flows.engine.Wait.Kind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A wait without limit keeps being one across a checkpoint; a wait written before such waits existed reads as limited. */
class WaitTest {

    @Test
    void a_wait_without_limit_is_read_back_as_one() throws IOException {
        Wait wait = new Wait(Kind.RECEIVE_TRANSACTION, "session-1", null, null);
        wait.withoutLimit = true;
        wait.attempts = 7;

        Wait read = roundTrip(wait);

        assertThat(read.kind).isEqualTo(Kind.RECEIVE_TRANSACTION);
        assertThat(read.withoutLimit).isTrue();
        assertThat(read.attempts).isEqualTo(7);
        assertThat(read.sessionId).isEqualTo("session-1");
    }

    @Test
    void a_wait_written_by_the_format_before_is_limited() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(Kind.RECEIVE.ordinal());
            out.writeUTF("session-2");
            out.writeUTF(String.class.getName());
            out.writeUTF("");
            out.writeInt(2);
        }

        Wait read = Wait.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        assertThat(read.kind).isEqualTo(Kind.RECEIVE);
        assertThat(read.withoutLimit).isFalse();
        assertThat(read.expectedType).isEqualTo(String.class.getName());
    }

    @Test
    void only_a_wait_for_a_message_or_a_transaction_can_be_without_limit() {
        assertThatThrownBy(() -> Step.lock("accumulator:M-1").withoutLimit())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LOCK");
    }

    private static Wait roundTrip(Wait wait) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            wait.write(out);
        }
        return Wait.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
