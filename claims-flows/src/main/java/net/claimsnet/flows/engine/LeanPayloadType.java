package net.claimsnet.flows.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A message a protocol sends on every claim, given a lean encoding instead of a self-describing
 * AMQP document (which carries its whole schema in each message). The protocol's package contributes
 * it, listed in {@code META-INF/services/net.claimsnet.flows.engine.LeanPayloadType}, so that the
 * engine knows no protocol by name; an implementation needs a public constructor without arguments.
 *
 * <p>The tag is the encoding's first byte, on the wire and in the checkpoints of waiting flows:
 * once used, it keeps its meaning for good.
 *
 * @param <T> the message's class (one class per type)
 */
public interface LeanPayloadType<T> {

    /** The first byte of the encoding: unique, never {@code 'c'} (AMQP documents start with "corda"). */
    byte tag();

    Class<T> type();

    /** Whether this message can go lean; one that cannot goes as AMQP. */
    boolean covers(T message);

    /** What most messages take, to size the buffer. */
    int expectedSize();

    void write(DataOutputStream out, T message) throws IOException;

    T read(DataInputStream in) throws IOException;
}
