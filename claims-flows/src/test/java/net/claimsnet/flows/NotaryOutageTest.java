package net.claimsnet.flows;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.engine.EngineSettings;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static net.claimsnet.flows.ClaimNetwork.claimAt;
import static net.claimsnet.flows.ClaimNetwork.claimIn;
import static net.claimsnet.flows.ClaimNetwork.statusOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notary down longer than a filing's time window (10 minutes) no longer fails the filing: both
 * parties wait for it without giving up, and once it is back and refuses the window that passed, the
 * provider builds the same claim with a fresh window, the insurer checks that only the window changed
 * and signs again, and the claim is filed once. A notary whose clock keeps refusing fresh windows
 * fails the filing with a reason that says so.
 */
class NotaryOutageTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration OUTAGE = Duration.ofMinutes(25);
    private static final Predicate<Envelope> TO_THE_NOTARY = e -> e.recipient().equals(InMemoryNetwork.NOTARY);

    private final ClaimNetwork net = new ClaimNetwork(InMemoryNetwork.deterministic()
            .settings(new EngineSettings(TIMEOUT, 3)));

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void aFilingWhoseNotaryWasDownPastItsTimeWindowIsFiledOnceWithAFreshWindowWhenTheNotaryIsBack() {
        Set<String> notarisations = notarisationsAsked();
        Instant filedAt = net.network.clock().instant();
        net.network.transport().hold(TO_THE_NOTARY);
        FlowHandle<SignedTransaction> submission = submit();
        net.network.runNetwork();
        passMinutes(OUTAGE);

        assertThat(submission.result()).as("still waiting for the notary").isNotDone();
        assertThat(statusOf(net.stMary(), submission.flowId())).isEqualTo(FlowStatus.RUNNING);
        assertThat(net.insurer().flows().failedFlows()).as("the insurer waits too").isEmpty();

        net.network.transport().releaseHeld();
        net.network.runNetwork();
        Instant back = net.network.clock().instant();

        ClaimState claim = claimIn(submission.get());
        TimeWindow filed = submission.get().getTx().getTimeWindow();
        assertThat(filed.contains(back)).as("a window fresh when the notary came back").isTrue();
        assertThat(filed.contains(filedAt)).as("not the window the claim was first built with").isFalse();
        assertThat(notarisations).as("the first refused, the renewal signed").hasSize(2);
        assertThat(claimAt(net.insurer(), claim.getLinearId())).hasValueSatisfying(c -> assertThat(c.getStatus()).isEqualTo(ClaimStatus.SUBMITTED));
        assertThat(claimAt(net.auditor(), claim.getLinearId())).isPresent();
        assertThat(net.insurer().ledger().vault().unconsumed(ClaimState.class)).hasSize(1);
        assertThat(net.stMary().ledger().vault().unconsumed(ClaimState.class)).hasSize(1);
        assertThat(net.notary().stores().uniqueness().isCommitted(submission.get().getId())).isTrue();
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void aNotaryThatRefusesEveryFreshWindowFailsTheFilingWithTheReasonAndNothingIsFiled() {
        Set<String> notarisations = notarisationsAsked();
        // Each notarisation reaches the notary only after its window has passed, as with a clock far behind.
        Set<String> letThrough = new HashSet<>();
        Predicate<Envelope> late = e -> TO_THE_NOTARY.test(e) && !letThrough.contains(e.sessionId());
        net.network.transport().hold(late);
        FlowHandle<SignedTransaction> submission = submit();
        net.network.runNetwork();
        for (int refusal = 0; refusal < 4 && !submission.result().isDone(); refusal++) {
            passMinutes(Duration.ofMinutes(11));
            letThrough.addAll(heldSessions());
            net.network.transport().releaseHeld();
            net.network.transport().hold(late);
            net.network.runNetwork();
        }

        assertThat(net.failureOf(submission)).contains("refused the time window").contains("4 times")
                .contains("the notary's clock and this node's disagree");
        assertThat(net.insurer().flows().failedFlows()).extracting(Checkpoint::failure)
                .singleElement().asString().contains("St. Mary Hospital could not go on");
        assertThat(net.insurer().ledger().vault().unconsumed(ClaimState.class)).isEmpty();
        assertThat(net.stMary().ledger().vault().unconsumed(ClaimState.class)).isEmpty();
        assertThat(notarisations).as("the first window and three fresh ones").hasSize(4);
    }

    @Test
    void aFilingNotarisedWithinItsWindowIsNotRenewed() {
        Set<String> notarisations = notarisationsAsked();
        Instant filedAt = net.network.clock().instant();

        FlowHandle<SignedTransaction> submission = submit();
        net.network.runNetwork();

        assertThat(submission.result()).isDone();
        assertThat(submission.get().getTx().getTimeWindow().contains(filedAt)).isTrue();
        assertThat(notarisations).hasSize(1);
    }

    /** Moves the clock a minute at a time, so that every wait's timeouts fire as they fall due. */
    private void passMinutes(Duration duration) {
        for (long minute = 0; minute < duration.toMinutes(); minute++) {
            net.network.advanceTime(Duration.ofMinutes(1));
        }
    }

    /** The notarisations asked for, each a session of its own (the resends of one are not counted again). */
    private Set<String> notarisationsAsked() {
        Set<String> sessions = new LinkedHashSet<>();
        net.network.transport().tap(e -> {
            if (TO_THE_NOTARY.test(e) && e.kind() == MessageKind.INIT) {
                sessions.add(e.sessionId());
            }
        });
        return sessions;
    }

    private Set<String> heldSessions() {
        Set<String> held = new HashSet<>();
        net.network.transport().held().forEach(e -> held.add(e.sessionId()));
        return held;
    }

    private FlowHandle<SignedTransaction> submit() {
        return net.stMary().startFlow(new SubmitClaimFlow.Initiator(SampleClaims.details(ST_MARY_MEMBER), InMemoryNetwork.INSURER));
    }
}
