package net.claimsnet.flows.notary;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.transactions.NotaryTearOff;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.ManualClock;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.transactions.FilteredTransaction;
import net.corda.core.transactions.WireTransaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The non-validating notary on its own: tear-offs of real transactions (a St. Mary claim and its
 * coverage, from a network where they were filed), a fresh uniqueness store and a clock per test.
 */
class NotaryServiceTest {

    private static ClaimNetwork net;
    private static StateAndRef<ClaimState> claim;
    private static StateAndRef<CoverageState> coverage;

    private final ManualClock clock = new ManualClock(InMemoryNetwork.DEFAULT_START);
    private final InMemoryUniquenessProvider uniqueness = new InMemoryUniquenessProvider();
    private final NotaryService notary = new NotaryService(net.notary().identity(),
            net.network.bootstrap().keyOf(InMemoryNetwork.NOTARY), clock, uniqueness, net.notary().ledger().networkMap());

    @BeforeAll
    static void fileAClaim() {
        net = new ClaimNetwork();
        ClaimState filed = net.providerSubmits(net.stMary());
        claim = net.stMary().ledger().vault().latest(filed.getLinearId(), ClaimState.class).orElseThrow();
        coverage = net.insurer().ledger().vault().unconsumed(CoverageState.class).stream()
                .filter(c -> c.getState().getData().getMemberId().equals(ClaimNetwork.ST_MARY_MEMBER)).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        net.close();
    }

    @Test
    void itSignsTheIdOfAnUnconsumedTearOffInsideItsTimeWindow() throws Exception {
        WireTransaction tx = voiding(window(Duration.ofMinutes(-1), Duration.ofMinutes(5)));

        NotarisationResponse response = processAs(InMemoryNetwork.ST_MARY, NotaryTearOff.of(tx));

        assertThat(response.getRefusal()).isNull();
        assertThat(response.getSignature().getBy()).isEqualTo(net.notary().identity().getOwningKey());
        assertThat(response.getSignature().isValid(tx.getId())).isTrue();
        assertThat(uniqueness.consumedBy(claim.getRef())).hasValue(tx.getId());
        assertThat(uniqueness.requesterOf(tx.getId())).hasValue(InMemoryNetwork.ST_MARY);
    }

    @Test
    void itRefusesAnInputAlreadyConsumedAndNamesTheTransactionThatConsumedIt() {
        WireTransaction first = voiding(null);
        WireTransaction second = voiding(null);
        processAs(InMemoryNetwork.ST_MARY, NotaryTearOff.of(first));

        NotarisationResponse response = processAs(InMemoryNetwork.INSURER, NotaryTearOff.of(second));

        assertThat(response.getSignature()).isNull();
        assertThat(response.getConflicts()).extracting(StateConflict::getState, StateConflict::getConsumedBy)
                .containsExactly(tuple(claim.getRef(), first.getId()));
        assertThat(response.getRefusal()).isEqualTo("Transaction " + second.getId() + " conflicts with earlier transactions: "
                + claim.getRef() + " was consumed by transaction " + first.getId());
        assertThat(response.isOutsideTimeWindow()).as("a double spend is not renewed with a fresh window").isFalse();
    }

    @Test
    void itRefusesATimeWindowItsClockIsOutsideOf() {
        WireTransaction late = voiding(window(Duration.ofMinutes(-10), Duration.ofMinutes(-5)));
        WireTransaction early = voiding(window(Duration.ofMinutes(5), Duration.ofMinutes(10)));

        for (WireTransaction tx : List.of(late, early)) {
            NotarisationResponse response = processAs(InMemoryNetwork.ST_MARY, NotaryTearOff.of(tx));
            assertThat(response.getRefusal()).contains("does not contain the notary's time " + clock.instant());
            assertThat(response.isOutsideTimeWindow()).isTrue();
        }
        assertThat(uniqueness.consumedBy(claim.getRef())).isEmpty();
    }

    @Test
    void aRetriedRequestGetsItsSignatureAgainEvenAfterItsTimeWindowClosed() {
        WireTransaction tx = voiding(window(Duration.ofMinutes(-1), Duration.ofMinutes(5)));
        NotarisationResponse first = processAs(InMemoryNetwork.ST_MARY, NotaryTearOff.of(tx));
        clock.advance(Duration.ofHours(1));

        NotarisationResponse again = processAs(InMemoryNetwork.ST_MARY, NotaryTearOff.of(tx));

        assertThat(again.getRefusal()).isNull();
        assertThat(again.getSignature().getBytes()).isEqualTo(first.getSignature().getBytes());
    }

    @Test
    void referencesMustBeUnconsumedButAreNotConsumed() {
        WireTransaction referencing = referencingCoverage();
        WireTransaction alsoReferencing = referencingCoverage();
        assertThat(processAs(InMemoryNetwork.ST_MARY, NotaryTearOff.of(referencing)).getRefusal()).isNull();
        assertThat(processAs(InMemoryNetwork.ST_MARY, NotaryTearOff.of(alsoReferencing)).getRefusal()).isNull();
        assertThat(uniqueness.consumedBy(coverage.getRef())).isEmpty();

        SecureHash termination = SecureHash.randomSHA256();
        uniqueness.commit(NotaryCommits.commit(termination, List.of(coverage.getRef()), List.of(), InMemoryNetwork.INSURER,
                clock.instant()));
        NotarisationResponse refused = processAs(InMemoryNetwork.ST_MARY, NotaryTearOff.of(referencingCoverage()));

        assertThat(refused.getRefusal()).contains(coverage.getRef() + " was consumed by transaction " + termination);
    }

    @Test
    void itRefusesATearOffThatHidesAnInputOrRevealsTheClaim() {
        WireTransaction tx = voiding(null);
        FilteredTransaction hidingInput = tx.buildFilteredTransaction(c -> c.equals(tx.getNotary()));
        FilteredTransaction revealingClaim = tx.buildFilteredTransaction(c -> true);

        assertThat(processAs(InMemoryNetwork.ST_MARY, hidingInput).getRefusal())
                .contains("its notary tear-off does not prove its components");
        assertThat(processAs(InMemoryNetwork.ST_MARY, revealingClaim).getRefusal())
                .contains("reveals more than the notary may see");
        assertThat(uniqueness.consumedBy(claim.getRef())).isEmpty();
    }

    @Test
    void ofConflictingTransactionsSentAtOnceExactlyOneIsSigned() throws Exception {
        List<FilteredTransaction> conflicting = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            conflicting.add(NotaryTearOff.of(voiding(null)));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<NotarisationResponse>> requests = new ArrayList<>();
            for (FilteredTransaction tearOff : conflicting) {
                requests.add(() -> processAs(InMemoryNetwork.ST_MARY, tearOff));
            }
            List<NotarisationResponse> responses = new ArrayList<>();
            for (Future<NotarisationResponse> response : threads.invokeAll(requests)) {
                responses.add(response.get());
            }

            assertThat(responses).filteredOn(r -> r.getSignature() != null).hasSize(1);
            assertThat(responses).filteredOn(r -> r.getRefusal() != null).hasSize(7)
                    .allMatch(r -> r.getConflicts().get(0).getConsumedBy()
                            .equals(uniqueness.consumedBy(claim.getRef()).orElseThrow()));
        } finally {
            threads.shutdownNow();
        }
    }

    /** What the notary answers a party of the network that sends this tear-off in a request it signed. */
    private NotarisationResponse processAs(CordaX500Name requester, FilteredTransaction tearOff) {
        return notary.process(requestBy(requester, tearOff), requester);
    }

    /** The request a party of the network sends: the tear-off, signed with its ledger key. */
    private static NotarisationRequest requestBy(CordaX500Name requester, FilteredTransaction tearOff) {
        return NotarisationRequest.signed(tearOff, net.notary().identity(), net.network.node(requester).ledger());
    }

    /** A void of the filed claim, built (not signed: the notary checks no signature) with a fresh salt. */
    private static WireTransaction voiding(TimeWindow window) {
        NodeLedger ledger = net.stMary().ledger();
        WireTransactionBuilder builder = new WireTransactionBuilder(net.notary().identity())
                .input(claim)
                .output(claim.getState().getData().withStatus(ClaimStatus.VOIDED), ClaimContract.ID)
                .command(new ClaimContract.Commands.Void(), net.stMary().identity().getOwningKey(),
                        net.insurer().identity().getOwningKey());
        if (window != null) {
            builder.timeWindow(window);
        }
        return ledger.build(builder);
    }

    private static WireTransaction referencingCoverage() {
        return net.stMary().ledger().build(new WireTransactionBuilder(net.notary().identity())
                .reference(coverage)
                .output(ClaimState.submitted(net.stMary().identity(), net.insurer().identity(),
                        SampleClaims.details(ClaimNetwork.ST_MARY_MEMBER),
                        coverage.getState().getData().getLinearId()), ClaimContract.ID)
                .command(new ClaimContract.Commands.Submit(), net.stMary().identity().getOwningKey(),
                        net.insurer().identity().getOwningKey()));
    }

    private TimeWindow window(Duration from, Duration until) {
        Instant now = clock.instant();
        return TimeWindow.between(now.plus(from), now.plus(until));
    }
}
