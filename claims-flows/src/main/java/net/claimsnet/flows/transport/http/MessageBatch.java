package net.claimsnet.flows.transport.http;

import net.claimsnet.flows.transport.EnvelopeCodec.MalformedEnvelopeException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Several signed messages for one recipient in one {@code POST /api/p2p/messages}, and the
 * recipient's answer naming those it refused. Under load a node has several messages waiting for
 * each peer; one request and one inbox commit for all of them, instead of one each, is what the
 * network's throughput hangs on (./bench network: H2 commits and the HTTP stack were most of a
 * node's CPU).
 *
 * <pre>
 *   magic      4 bytes   "CNB1"
 *   count      int32     n (2 or more; a lone message travels as a {@link SignedMessage})
 *   n times:   int32 length, then that many bytes of a {@link SignedMessage}
 * </pre>
 * Each message keeps its own signature: the recipient checks, records and refuses them one by one.
 * The answer (HTTP 200, text) is {@code "CNB1 <count> <refused>"} and then one line per refused
 * message: {@code "<index> <Rejection> <reason>"}; every message not named was accepted (or
 * received before). A whole batch is refused only when it cannot be read (400) or the node is not
 * running (503).
 */
public final class MessageBatch {

    private static final byte[] MAGIC = "CNB1".getBytes(StandardCharsets.US_ASCII);
    private static final String ANSWER_PREFIX = "CNB1 ";
    /** Messages a batch may hold; the sender makes smaller ones. */
    static final int MAX_MESSAGES = 64;
    /** The bytes of a batch besides its messages: the magic and the count. */
    static final int HEADER_BYTES = 4 + Integer.BYTES;
    /** The bytes a message takes in a batch besides its own: its length. */
    static final int PER_MESSAGE_BYTES = Integer.BYTES;

    private MessageBatch() {
    }

    public static boolean isBatch(byte[] body) {
        return body != null && body.length >= MAGIC.length && Arrays.equals(body, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** The wire bytes of a batch of signed messages (two or more). */
    public static byte[] of(List<byte[]> signedMessages) {
        if (signedMessages.size() < 2 || signedMessages.size() > MAX_MESSAGES) {
            throw new IllegalArgumentException("A batch holds 2 to " + MAX_MESSAGES + " messages, not " + signedMessages.size());
        }
        int size = HEADER_BYTES;
        for (byte[] message : signedMessages) {
            size += PER_MESSAGE_BYTES + message.length;
        }
        ByteBuffer body = ByteBuffer.allocate(size).put(MAGIC).putInt(signedMessages.size());
        for (byte[] message : signedMessages) {
            body.putInt(message.length).put(message);
        }
        return body.array();
    }

    /**
     * The signed messages of a batch, not yet checked.
     *
     * @throws MalformedEnvelopeException naming what is wrong with the bytes
     */
    public static List<byte[]> parse(byte[] body) {
        if (!isBatch(body)) {
            throw new MalformedEnvelopeException("not a ClaimsNet P2P batch (no CNB1 header)");
        }
        ByteBuffer in = ByteBuffer.wrap(body);
        in.position(MAGIC.length);
        if (in.remaining() < Integer.BYTES) {
            throw new MalformedEnvelopeException("a batch without its message count");
        }
        int count = in.getInt();
        if (count < 2 || count > MAX_MESSAGES) {
            throw new MalformedEnvelopeException("a batch of " + count + " messages (2 to " + MAX_MESSAGES + " expected)");
        }
        List<byte[]> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (in.remaining() < Integer.BYTES) {
                throw new MalformedEnvelopeException("the batch ends before message " + i + " of " + count);
            }
            int length = in.getInt();
            if (length <= 0 || length > in.remaining()) {
                throw new MalformedEnvelopeException("message " + i + " of the batch has a length of " + length
                        + " with " + in.remaining() + " bytes left");
            }
            byte[] message = new byte[length];
            in.get(message);
            messages.add(message);
        }
        if (in.hasRemaining()) {
            throw new MalformedEnvelopeException(in.remaining() + " bytes after the batch's " + count + " messages");
        }
        return messages;
    }

    /** The recipient's answer: how many it read, and why it refused those it refused (by index). */
    static String answer(int count, Map<Integer, String> refusals) {
        StringBuilder text = new StringBuilder(ANSWER_PREFIX).append(count).append(' ').append(refusals.size()).append('\n');
        for (Map.Entry<Integer, String> refusal : new TreeMap<>(refusals).entrySet()) {
            text.append(refusal.getKey()).append(' ').append(refusal.getValue().replace('\n', ' ')).append('\n');
        }
        return text.toString();
    }

    /**
     * The refusals in the recipient's answer to a batch of {@code count} messages, by index.
     *
     * @throws MalformedEnvelopeException when the answer is not one to this batch (the sender tries again)
     */
    static Map<Integer, String> refusalsIn(String answer, int count) {
        if (answer == null || !answer.startsWith(ANSWER_PREFIX)) {
            throw new MalformedEnvelopeException("the answer is not a batch answer");
        }
        String[] lines = answer.split("\n");
        String[] header = lines[0].substring(ANSWER_PREFIX.length()).trim().split(" ");
        int refused;
        try {
            if (header.length != 2 || Integer.parseInt(header[0]) != count) {
                throw new MalformedEnvelopeException("the answer is for another batch: " + lines[0]);
            }
            refused = Integer.parseInt(header[1]);
        } catch (NumberFormatException e) {
            throw new MalformedEnvelopeException("a malformed batch answer: " + lines[0]);
        }
        if (refused != lines.length - 1) {
            throw new MalformedEnvelopeException("the answer names " + (lines.length - 1) + " refusals, not " + refused);
        }
        Map<Integer, String> refusals = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int space = lines[i].indexOf(' ');
            try {
                int index = Integer.parseInt(space < 0 ? lines[i] : lines[i].substring(0, space));
                if (index < 0 || index >= count) {
                    throw new MalformedEnvelopeException("a refusal of message " + index + " in a batch of " + count);
                }
                refusals.put(index, space < 0 ? "refused" : lines[i].substring(space + 1));
            } catch (NumberFormatException e) {
                throw new MalformedEnvelopeException("a malformed refusal line in the batch answer");
            }
        }
        return Collections.unmodifiableMap(refusals);
    }
}
