package net.claimsnet.storage.jpa;

import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.storage.jpa.flow.JpaInboxStore;
import net.claimsnet.storage.jpa.standalone.DatabaseSettings;
import net.claimsnet.storage.jpa.standalone.StandaloneDatabase;
import net.corda.core.identity.CordaX500Name;

import java.time.Instant;

/**
 * The child process of {@link H2AcknowledgedMessagesSurviveAKillTest}: a node's inbox on an H2 file that
 * (its JDBC URL the argument) receives session messages as fast as it can and, like the P2P endpoint answering 200, prints each
 * message id once {@link JpaInboxStore#receive} returned. It runs until it is killed.
 */
final class AcknowledgingInbox {

    static final String READY = "ready";
    static final CordaX500Name SENDER = CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US");
    static final CordaX500Name RECIPIENT = CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");

    private AcknowledgingInbox() {
    }

    public static void main(String[] arguments) {
        StandaloneDatabase database = StandaloneDatabase.open(DatabaseSettings.of(arguments[0], "sa", ""));
        JpaInboxStore inbox = new JpaInboxStore(database.transactions(), TestColumns.CLEAR);
        System.out.println(READY);
        System.out.flush();
        for (long sequence = 1; ; sequence++) {
            String messageId = "M-" + sequence;
            inbox.receive(new Envelope(messageId, SENDER, RECIPIENT, "S-1", MessageKind.DATA, sequence, sequence - 1,
                    null, new byte[] {1, 2, 3}), Instant.now());
            System.out.println(messageId);
            System.out.flush();
        }
    }
}
