package net.claimsnet.flows;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.checkpoint.CheckpointCommit;
import net.claimsnet.flows.checkpoint.CheckpointStore;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.coverage.IssueCoverageFlow;
import net.claimsnet.flows.coverage.OpenAccumulatorFlow;
import net.claimsnet.flows.engine.EngineSettings;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static net.claimsnet.flows.ClaimNetwork.claimAt;
import static net.claimsnet.flows.ClaimNetwork.claimIn;
import static net.claimsnet.flows.ClaimNetwork.statusOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waits have deadlines: a lost message is resent, a counterparty that never answers makes the
 * flow fail with the reason after a bounded number of attempts (except for a final transaction's
 * receivers, who get it however long they are down), and the operator retries or abandons what failed. Soft locks queue the insurer's adjudications of one member.
 */
class TimeoutsRetriesAndOperatorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ClaimNetwork net = new ClaimNetwork(InMemoryNetwork.deterministic()
            .settings(new EngineSettings(TIMEOUT, 3)));

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void aLostMessageIsResentWhenTheWaitTimesOutAndTheClaimIsFiledOnce() {
        AtomicInteger dropped = new AtomicInteger();
        net.network.transport().intercept(e -> e.kind() == MessageKind.INIT && e.recipient().equals(InMemoryNetwork.INSURER)
                && e.sender().equals(InMemoryNetwork.ST_MARY) && dropped.getAndIncrement() == 0 ? List.of() : List.of(e));
        FlowHandle<SignedTransaction> submission = submit();
        net.network.runNetwork();
        assertThat(submission.result()).isNotDone();

        net.network.advanceTime(TIMEOUT);

        ClaimState claim = claimIn(submission.get());
        assertThat(dropped.get()).isEqualTo(2);
        assertThat(claimAt(net.insurer(), claim.getLinearId())).hasValue(claim);
        assertThat(net.insurer().ledger().vault().unconsumed(ClaimState.class)).hasSize(1);
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void aCheckpointThatCannotBeRestoredIsKeptFailedWithTheReasonAndTheNodeStartsAnyway() {
        CheckpointStore checkpoints = net.insurer().stores().checkpoints();
        net.network.stop(InMemoryNetwork.INSURER);
        Instant written = Instant.parse("2026-01-05T10:00:00Z");
        checkpoints.commit(new CheckpointCommit(new Checkpoint("damaged-flow", AdjudicateClaimFlow.Initiator.class.getName(),
                FlowStatus.RUNNING, null, new byte[] {1, 2, 3}, written, written), List.of(), List.of()));

        net.network.start(InMemoryNetwork.INSURER);

        assertThat(net.insurer().flows().failedFlows()).singleElement().satisfies(kept -> {
            assertThat(kept.flowId()).isEqualTo("damaged-flow");
            assertThat(kept.failure()).startsWith("Cannot be restored from its checkpoint");
            assertThat(kept.state()).containsExactly(1, 2, 3);
        });
        ClaimState claim = claimIn(net.finish(submit()));
        assertThat(claimAt(net.insurer(), claim.getLinearId())).hasValue(claim);
    }

    @Test
    void aFlowWaitingForAnAbsentCounterpartySaysWhomItWaitsForAndWhatItExpects() {
        net.network.stop(InMemoryNetwork.INSURER);
        FlowHandle<SignedTransaction> submission = submit();
        net.network.advanceTime(TIMEOUT);

        assertThat(net.stMary().flows().runningFlows()).singleElement().satisfies(running -> {
            assertThat(running.flowId()).isEqualTo(submission.flowId());
            assertThat(running.flowName()).isEqualTo(SubmitClaimFlow.Initiator.class.getName());
            assertThat(running.waitingFor()).isEqualTo("a transaction");
            assertThat(running.counterparty()).isEqualTo("Acme Health Insurance");
            assertThat(running.attempts()).isEqualTo(1);
        });

        net.network.start(InMemoryNetwork.INSURER);
        net.network.advanceTime(TIMEOUT.multipliedBy(2));
        assertThat(submission.result()).isCompleted();
        assertThat(net.stMary().flows().runningFlows()).isEmpty();
    }

    @Test
    void aFlowWhoseCounterpartyNeverAnswersFailsWithTheReasonAndTheOperatorRetriesItLater() {
        net.network.stop(InMemoryNetwork.INSURER);
        FlowHandle<SignedTransaction> submission = submit();
        for (int attempt = 0; attempt < 3; attempt++) {
            net.network.advanceTime(TIMEOUT.multipliedBy(1L << attempt));
        }

        assertThat(net.failureOf(submission)).isEqualTo("No answer from O=Acme Health Insurance, L=Hartford, C=US"
                + " after 3 attempts while waiting for a transaction");
        Checkpoint failed = net.stMary().flows().failedFlows().get(0);
        assertThat(failed.flowId()).isEqualTo(submission.flowId());
        assertThat(failed.flowName()).isEqualTo(SubmitClaimFlow.Initiator.class.getName());

        net.network.start(InMemoryNetwork.INSURER);
        FlowHandle<Object> retried = net.stMary().flows().retry(submission.flowId());
        net.network.runNetwork();

        ClaimState claim = claimIn((SignedTransaction) retried.get());
        assertThat(claimAt(net.insurer(), claim.getLinearId())).hasValue(claim);
        assertThat(net.insurer().ledger().vault().unconsumed(ClaimState.class)).hasSize(1);
        assertThat(statusOf(net.stMary(), submission.flowId())).isEqualTo(FlowStatus.COMPLETED);
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void anAdjudicationThatCannotGoOnIsKeptWithItsReasonAndCompletesWhenRetriedAfterTheFix() {
        CoverageState lastYear = net.coverageFor(ST_MARY_MEMBER).withLinearId(new UniqueIdentifier("COV-2024"))
                .withPeriodStart(LocalDate.of(2024, 1, 1)).withPeriodEnd(LocalDate.of(2024, 12, 31));
        net.finish(net.insurer().startFlow(new IssueCoverageFlow.Initiator(lastYear)));
        ClaimState claim = net.providerSubmits(net.stMary(), SampleClaims.details(ST_MARY_MEMBER)
                .withServiceLines(List.of(SampleClaims.serviceLine(1, "99213", "150.00")
                        .withDateOfService(LocalDate.of(2024, 12, 20)))));
        assertThat(claim.getCoverageId()).isEqualTo(lastYear.getLinearId());

        FlowHandle<SignedTransaction> adjudication = net.insurer().startFlow(new AdjudicateClaimFlow.Initiator(claim.getLinearId()));
        String reason = net.failureOf(adjudication);
        assertThat(reason).isEqualTo("No benefit accumulator is open for member M-1001, plan PPO-GOLD, 2024");
        assertThat(net.insurer().flows().failedFlows()).extracting(Checkpoint::failure).containsExactly(reason);

        net.finish(net.insurer().startFlow(new OpenAccumulatorFlow.Initiator(SampleClaims.accumulator(
                net.insurer().identity(), ST_MARY_MEMBER, SampleClaims.PLAN_ID, 2024))));
        FlowHandle<Object> retried = net.insurer().flows().retry(adjudication.flowId());
        net.network.runNetwork();

        ClaimState adjudicated = claimIn((SignedTransaction) retried.get());
        assertThat(adjudicated.getStatus()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(claimAt(net.stMary(), claim.getLinearId())).hasValue(adjudicated);
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void anAdjudicationWhoseAuditorIsDownLongerThanAnyOtherWaitLastsCompletesOnItsOwnOnceTheAuditorIsBack() {
        ClaimState claim = net.providerSubmits(net.stMary());
        net.network.stop(InMemoryNetwork.AUDITOR);
        FlowHandle<SignedTransaction> adjudication = net.insurer().startFlow(new AdjudicateClaimFlow.Initiator(claim.getLinearId()));
        net.network.runNetwork();
        for (int attempt = 0; attempt < 6; attempt++) {
            net.network.advanceTime(TIMEOUT.multipliedBy(1L << attempt));
        }
        assertThat(claimAt(net.stMary(), claim.getLinearId())).as("notarised and recorded by the parties")
                .hasValueSatisfying(c -> assertThat(c.getStatus()).isEqualTo(ClaimStatus.APPROVED));
        assertThat(adjudication.result()).as("final: it waits for the auditor however long it is down").isNotDone();
        assertThat(statusOf(net.insurer(), adjudication.flowId())).isEqualTo(FlowStatus.RUNNING);

        net.network.start(InMemoryNetwork.AUDITOR);
        net.network.advanceTime(Duration.ofMinutes(10));
        net.network.runNetwork();

        assertThat(adjudication.result()).as("done when the auditor is back, without an operator").isDone();
        assertThat(claimAt(net.auditor(), claim.getLinearId())).hasValueSatisfying(c -> assertThat(c.getStatus()).isEqualTo(ClaimStatus.APPROVED));
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void anAdjudicationWhoseMessagesToTheAuditorWaitedInTheOutboxCompletesOnceTheyAreDelivered() {
        ClaimState claim = net.providerSubmits(net.stMary());
        // As over HTTP: what is sent to a node that is down waits in the sender's outbox, and goes when it is back.
        net.network.transport().hold(e -> e.recipient().equals(InMemoryNetwork.AUDITOR));
        FlowHandle<SignedTransaction> adjudication = net.insurer().startFlow(new AdjudicateClaimFlow.Initiator(claim.getLinearId()));
        net.network.runNetwork();
        for (int attempt = 0; attempt < 3; attempt++) {
            net.network.advanceTime(TIMEOUT.multipliedBy(1L << attempt));
        }
        assertThat(statusOf(net.insurer(), adjudication.flowId())).isEqualTo(FlowStatus.RUNNING);

        net.network.transport().releaseHeld();
        net.network.runNetwork();

        assertThat(adjudication.result()).isDone();
        assertThat(claimAt(net.auditor(), claim.getLinearId())).hasValueSatisfying(c -> assertThat(c.getStatus()).isEqualTo(ClaimStatus.APPROVED));
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void anAbandonedFlowEndsItsCounterpartysFlowToo() {
        FlowHandle<SignedTransaction> submission = submit();
        net.network.runNetwork(1);
        net.network.transport().hold(e -> e.sender().equals(InMemoryNetwork.ST_MARY));
        net.network.runNetwork();

        net.stMary().flows().abandon(submission.flowId(), "filed on paper instead");
        net.network.transport().releaseHeld();
        net.network.runNetwork();

        assertThat(statusOf(net.stMary(), submission.flowId())).isEqualTo(FlowStatus.ABANDONED);
        assertThat(net.stMary().flows().record(submission.flowId()).orElseThrow().failure()).isEqualTo("filed on paper instead");
        assertThat(net.insurer().flows().failedFlows()).extracting(Checkpoint::failure)
                .containsExactly("St. Mary Hospital abandoned the flow: filed on paper instead");
        assertThat(net.insurer().ledger().vault().unconsumed(ClaimState.class)).isEmpty();
    }

    @Test
    void twoAdjudicationsOfOneMemberQueueForTheAccumulatorAndBothApplyToIt() {
        ClaimState first = net.providerSubmits(net.stMary(), SampleClaims.details(ST_MARY_MEMBER).withPriorAuthorizationNumber("PA-1"));
        ClaimState second = net.providerSubmits(net.stMary(), SampleClaims.details(ST_MARY_MEMBER).withPriorAuthorizationNumber("PA-2"));
        List<Envelope> toNotary = new ArrayList<>();
        net.network.transport().tap(e -> {
            if (e.recipient().equals(InMemoryNetwork.NOTARY)) {
                toNotary.add(e);
            }
        });

        FlowHandle<SignedTransaction> one = net.insurer().startFlow(new AdjudicateClaimFlow.Initiator(first.getLinearId()));
        FlowHandle<SignedTransaction> two = net.insurer().startFlow(new AdjudicateClaimFlow.Initiator(second.getLinearId()));
        net.network.runNetwork();

        assertThat(one.get().getTx().outputsOfType(ClaimState.class).get(0).getStatus()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(two.get().getTx().outputsOfType(ClaimState.class).get(0).getStatus()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(toNotary).hasSize(2);
        // 152.00 allowed twice: the 100.00 deductible once, then 20% coinsurance of 52.00 and of 152.00.
        assertThat(net.accumulator(ST_MARY_MEMBER).getDeductibleMet()).isEqualByComparingTo(SampleClaims.money("100.00"));
        assertThat(net.accumulator(ST_MARY_MEMBER).getOutOfPocketMet()).isEqualByComparingTo(SampleClaims.money("140.80"));
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void whileTheAuditorIsDownAMembersAdjudicationsAreDecidedOneAfterAnotherWithoutWaitingForIt() {
        ClaimState first = net.providerSubmits(net.stMary(), SampleClaims.details(ST_MARY_MEMBER).withPriorAuthorizationNumber("PA-1"));
        ClaimState second = net.providerSubmits(net.stMary(), SampleClaims.details(ST_MARY_MEMBER).withPriorAuthorizationNumber("PA-2"));
        net.network.transport().hold(e -> e.recipient().equals(InMemoryNetwork.AUDITOR));

        FlowHandle<SignedTransaction> one = net.insurer().startFlow(new AdjudicateClaimFlow.Initiator(first.getLinearId()));
        FlowHandle<SignedTransaction> two = net.insurer().startFlow(new AdjudicateClaimFlow.Initiator(second.getLinearId()));
        net.network.runNetwork();

        // Both decided, notarised and recorded by both parties; only the auditor's copies wait.
        assertThat(one.result()).isNotDone();
        assertThat(two.result()).isNotDone();
        for (ClaimState claim : List.of(first, second)) {
            assertThat(claimAt(net.stMary(), claim.getLinearId()))
                    .hasValueSatisfying(c -> assertThat(c.getStatus()).isEqualTo(ClaimStatus.APPROVED));
        }
        assertThat(net.accumulator(ST_MARY_MEMBER).getDeductibleMet()).isEqualByComparingTo(SampleClaims.money("100.00"));
        assertThat(net.accumulator(ST_MARY_MEMBER).getOutOfPocketMet()).isEqualByComparingTo(SampleClaims.money("140.80"));

        net.network.transport().releaseHeld();
        net.network.runNetwork();

        assertThat(one.result()).isDone();
        assertThat(two.result()).isDone();
        for (ClaimState claim : List.of(first, second)) {
            assertThat(claimAt(net.auditor(), claim.getLinearId()))
                    .hasValueSatisfying(c -> assertThat(c.getStatus()).isEqualTo(ClaimStatus.APPROVED));
        }
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void anAdjudicationWaitingLongForTheAuditorLeavesTheMembersAccumulatorToTheNext() {
        ClaimState first = net.providerSubmits(net.stMary(), SampleClaims.details(ST_MARY_MEMBER).withPriorAuthorizationNumber("PA-1"));
        ClaimState second = net.providerSubmits(net.stMary(), SampleClaims.details(ST_MARY_MEMBER).withPriorAuthorizationNumber("PA-2"));
        net.network.transport().hold(e -> e.recipient().equals(InMemoryNetwork.AUDITOR));
        FlowHandle<SignedTransaction> one = net.insurer().startFlow(new AdjudicateClaimFlow.Initiator(first.getLinearId()));
        net.network.runNetwork();
        for (int attempt = 0; attempt < 3; attempt++) {
            net.network.advanceTime(TIMEOUT.multipliedBy(1L << attempt));
        }

        FlowHandle<SignedTransaction> two = net.insurer().startFlow(new AdjudicateClaimFlow.Initiator(second.getLinearId()));
        net.network.runNetwork();

        assertThat(one.result()).as("still waiting for the auditor").isNotDone();
        assertThat(claimAt(net.stMary(), second.getLinearId()))
                .hasValueSatisfying(c -> assertThat(c.getStatus()).isEqualTo(ClaimStatus.APPROVED));

        net.network.transport().releaseHeld();
        net.network.runNetwork();

        assertThat(one.result()).isDone();
        assertThat(two.result()).isDone();
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    private FlowHandle<SignedTransaction> submit() {
        return net.stMary().startFlow(new SubmitClaimFlow.Initiator(SampleClaims.details(ST_MARY_MEMBER), InMemoryNetwork.INSURER));
    }
}
