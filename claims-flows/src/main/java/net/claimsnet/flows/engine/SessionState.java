package net.claimsnet.flows.engine;

import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.transactions.SignedTransaction;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One side of a session: sequence numbers both ways, messages received but not yet consumed by
 * the flow, messages sent and not yet acknowledged by the counterparty (what a retry resends), and
 * the transactions sent on it (whose back chains the counterparty may fetch).
 */
final class SessionState {

    final String id;
    final CordaX500Name counterparty;
    final String protocol;
    /** Whether this side opened the session. */
    final boolean initiator;
    /** Whether the session exists on both sides (INIT sent or received). */
    boolean opened;
    boolean endSent;
    long nextSendSequence = 1;
    long lastReceived;
    long lastConsumed;
    long peerAcknowledged;
    final TreeMap<Long, Inbound> inbox = new TreeMap<>();
    final List<Envelope> unacknowledged = new ArrayList<>();
    final List<SecureHash> sentTransactions = new ArrayList<>();
    private BackChains.FetchPermit vending;

    SessionState(String id, CordaX500Name counterparty, String protocol, boolean initiator) {
        this.id = id;
        this.counterparty = counterparty;
        this.protocol = protocol;
        this.initiator = initiator;
    }

    FlowSession handle() {
        return new FlowSession(id, counterparty);
    }

    String messageId(long sequence, boolean fromInitiator) {
        return id + (fromInitiator ? "/i/" : "/r/") + sequence;
    }

    /** Drops what the counterparty has acknowledged. */
    void acknowledged(long sequence) {
        if (sequence <= peerAcknowledged) {
            return;
        }
        peerAcknowledged = sequence;
        for (Iterator<Envelope> it = unacknowledged.iterator(); it.hasNext(); ) {
            if (it.next().sequence() <= sequence) {
                it.remove();
            }
        }
    }

    /** Whether a message of that sequence number was taken in already (consumed, or waiting to be). */
    boolean hasReceived(long sequence) {
        return sequence <= lastConsumed || inbox.containsKey(sequence);
    }

    /** Keeps a message of the counterparty until the flow consumes it, in sequence order. */
    void received(Envelope envelope) {
        inbox.put(envelope.sequence(), new Inbound(envelope.kind(), envelope.payload()));
        lastReceived = Math.max(lastReceived, envelope.sequence());
        opened = true;
    }

    BackChains.FetchPermit vending() {
        if (vending == null) {
            vending = ProtocolExtensions.backChains().permit(sentTransactions);
        }
        return vending;
    }

    /**
     * A transaction sent on the session: it and its direct dependencies become fetchable (it may
     * be a proposal this node never records, so its dependencies cannot be found from its id later).
     */
    void sentTransaction(SignedTransaction transaction) {
        List<SecureHash> roots = new ArrayList<>();
        roots.add(transaction.getId());
        roots.addAll(ProtocolExtensions.backChains().dependencies(transaction));
        for (SecureHash root : roots) {
            if (!sentTransactions.contains(root)) {
                sentTransactions.add(root);
                if (vending != null) {
                    vending.sent(root);
                }
            }
        }
    }

    static final class Inbound {
        final MessageKind kind;
        final byte[] payload;

        Inbound(MessageKind kind, byte[] payload) {
            this.kind = kind;
            this.payload = payload;
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(id);
        out.writeUTF(counterparty.toString());
        out.writeUTF(protocol == null ? "" : protocol);
        out.writeBoolean(initiator);
        out.writeBoolean(opened);
        out.writeBoolean(endSent);
        out.writeLong(nextSendSequence);
        out.writeLong(lastReceived);
        out.writeLong(lastConsumed);
        out.writeLong(peerAcknowledged);
        out.writeInt(inbox.size());
        for (Map.Entry<Long, Inbound> entry : inbox.entrySet()) {
            out.writeLong(entry.getKey());
            out.writeByte(entry.getValue().kind.ordinal());
            ObjectCodec.writeBytes(out, entry.getValue().payload);
        }
        out.writeInt(unacknowledged.size());
        for (Envelope envelope : unacknowledged) {
            writeEnvelope(out, envelope);
        }
        out.writeInt(sentTransactions.size());
        for (SecureHash hash : sentTransactions) {
            out.writeUTF(hash.toString());
        }
    }

    static SessionState read(DataInputStream in) throws IOException {
        SessionState session = new SessionState(in.readUTF(), CordaX500Name.parse(in.readUTF()),
                emptyToNull(in.readUTF()), in.readBoolean());
        session.opened = in.readBoolean();
        session.endSent = in.readBoolean();
        session.nextSendSequence = in.readLong();
        session.lastReceived = in.readLong();
        session.lastConsumed = in.readLong();
        session.peerAcknowledged = in.readLong();
        int inbound = in.readInt();
        for (int i = 0; i < inbound; i++) {
            long sequence = in.readLong();
            MessageKind kind = MessageKind.values()[in.readUnsignedByte()];
            session.inbox.put(sequence, new Inbound(kind, ObjectCodec.readBytes(in)));
        }
        int unacknowledged = in.readInt();
        for (int i = 0; i < unacknowledged; i++) {
            session.unacknowledged.add(readEnvelope(in));
        }
        int sent = in.readInt();
        for (int i = 0; i < sent; i++) {
            session.sentTransactions.add(SecureHash.Companion.create(in.readUTF()));
        }
        return session;
    }

    static void writeEnvelope(DataOutputStream out, Envelope envelope) throws IOException {
        out.writeUTF(envelope.messageId());
        out.writeUTF(envelope.sender().toString());
        out.writeUTF(envelope.recipient().toString());
        out.writeUTF(envelope.sessionId());
        out.writeByte(envelope.kind().ordinal());
        out.writeLong(envelope.sequence());
        out.writeLong(envelope.acknowledged());
        out.writeUTF(envelope.protocol() == null ? "" : envelope.protocol());
        ObjectCodec.writeBytes(out, envelope.payload());
    }

    static Envelope readEnvelope(DataInputStream in) throws IOException {
        return new Envelope(in.readUTF(), CordaX500Name.parse(in.readUTF()), CordaX500Name.parse(in.readUTF()),
                in.readUTF(), MessageKind.values()[in.readUnsignedByte()], in.readLong(), in.readLong(),
                emptyToNull(in.readUTF()), ObjectCodec.readBytes(in));
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
