package net.claimsnet.node.desk;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.flows.claim.ReadLogAnswer;
import net.claimsnet.flows.claim.ReadLogFlow;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletionException;

import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The auditor's trail shows who read a claim on every node that holds it: each party discloses its own
 * read log to the network's auditor alone (ReadLogFlow), about claims it holds, and records that it did.
 */
class ClaimReadLogAcrossNodesTest {

    private static final DeskUser ST_MARY_BILLING = DeskUser.of("billing@stmary", DeskRole.BILLING);
    private static final DeskUser ADJUSTER = DeskUser.of("adjuster@acme", DeskRole.ADJUSTER);
    private static final DeskUser AUDITOR = DeskUser.of("auditor@regulator", DeskRole.AUDITOR);

    private final ClaimNetwork net = new ClaimNetwork();
    private final ClaimDesk stMary = desk(net.stMary());
    private final ClaimDesk insurer = desk(net.insurer());
    private final ClaimDesk auditor = desk(net.auditor());

    private ClaimDesk desk(Node node) {
        return new ClaimDesk(node, net.network.auditTrail(node.name()), handle -> net.network.runNetwork());
    }

    @AfterEach
    void close() {
        net.close();
    }

    private String filedAndReadByBothParties() {
        String id = ClaimDesk.idOf(stMary.submit(ST_MARY_BILLING, SampleClaims.details(ST_MARY_MEMBER), null).filed());
        stMary.claim(ST_MARY_BILLING, id);
        insurer.claim(ADJUSTER, id);
        return id;
    }

    @Test
    void theAuditorSeesTheReadLogOfItsOwnNodeAndOfEachPartyOfTheClaim() {
        String id = filedAndReadByBothParties();

        List<NodeReadLog> logs = auditor.readLogs(AUDITOR, id);

        assertThat(logs).extracting(NodeReadLog::node)
                .containsExactly("State Insurance Regulator", "St. Mary Hospital", "Acme Health Insurance");
        assertThat(logs).allSatisfy(log -> assertThat(log.available()).as(log.unavailable()).isTrue());
        assertThat(logs.get(0).entries()).extracting(ClaimAuditEntry::action).contains("READ_LOG");
        assertThat(logs.get(1).entries()).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("billing@stmary");
            assertThat(e.action()).isEqualTo("READ");
            assertThat(e.claimId()).isEqualTo(id);
        });
        assertThat(logs.get(2).entries()).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("adjuster@acme");
            assertThat(e.action()).isEqualTo("READ");
        });
    }

    @Test
    void eachPartyRecordsThatItDisclosedItsLogToTheAuditor() {
        String id = filedAndReadByBothParties();

        auditor.readLogs(AUDITOR, id);

        for (CordaX500Name party : List.of(InMemoryNetwork.ST_MARY, InMemoryNetwork.INSURER)) {
            assertThat(net.network.auditTrail(party).entriesFor(id, 1)).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("DISCLOSE_READ_LOG");
                assertThat(e.detail()).isEqualTo("to State Insurance Regulator");
            });
        }
    }

    @Test
    void anyOtherReaderGetsItsOwnNodesLogOnlyAndNoPartyIsAsked() {
        String id = filedAndReadByBothParties();

        List<NodeReadLog> logs = stMary.readLogs(ST_MARY_BILLING, id);

        assertThat(logs).extracting(NodeReadLog::node).containsExactly("St. Mary Hospital");
        assertThat(net.network.auditTrail(InMemoryNetwork.INSURER).entriesFor(id, 10))
                .extracting(ClaimAuditEntry::action).doesNotContain("DISCLOSE_READ_LOG");
    }

    @Test
    void aPartyRefusesItsLogToAnyoneButTheAuditor() {
        String id = filedAndReadByBothParties();

        FlowHandle<ReadLogAnswer> asked = net.stMary().startFlow(new ReadLogFlow.Initiator(InMemoryNetwork.INSURER, id));
        net.network.runNetwork();

        assertThatThrownBy(() -> asked.result().join()).isInstanceOf(CompletionException.class)
                .hasMessageContaining("discloses its read log to the network's auditor only");
        assertThat(net.network.auditTrail(InMemoryNetwork.INSURER).entriesFor(id, 10))
                .extracting(ClaimAuditEntry::action).doesNotContain("DISCLOSE_READ_LOG");
    }

    @Test
    void aNodeThatIsNoPartyOfTheClaimHasNoLogOfItToDisclose() {
        String id = filedAndReadByBothParties();

        FlowHandle<ReadLogAnswer> asked = net.auditor().startFlow(new ReadLogFlow.Initiator(InMemoryNetwork.LAKESIDE, id));
        net.network.runNetwork();

        assertThatThrownBy(() -> asked.result().join()).hasMessageContaining("Lakeside Clinic holds no claim " + id);
    }
}
