package net.claimsnet.flows.notary;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.OutputCustody;
import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.transactions.NotaryTearOff;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.ManualClock;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.DigitalSignature;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.transactions.FilteredTransaction;
import net.corda.core.transactions.TransactionBuilder;
import net.corda.core.transactions.WireTransaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static net.claimsnet.node.InMemoryNetwork.AUDITOR;
import static net.claimsnet.node.InMemoryNetwork.INSURER;
import static net.claimsnet.node.InMemoryNetwork.ST_MARY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may ask the notary to consume a state (issue 15 item 4): the request is signed by its
 * requester's key on the network map and sent by the requester itself; the requester must be a
 * participant of every input whose custody the notary recorded; the signed request is kept with the
 * commit. A St. Mary claim filed on the network, a fresh uniqueness store per test: the claim's own
 * transaction was committed by the network's notary, so to this store it is one committed before
 * custody was kept.
 */
class NotaryRequestSignatureAndCustodyTest {

    private static ClaimNetwork net;
    private static StateAndRef<ClaimState> claim;

    private final InMemoryUniquenessProvider uniqueness = new InMemoryUniquenessProvider();
    private final NotaryService notary = new NotaryService(net.notary().identity(),
            net.network.bootstrap().keyOf(InMemoryNetwork.NOTARY), new ManualClock(InMemoryNetwork.DEFAULT_START),
            uniqueness, net.notary().ledger().networkMap());

    @BeforeAll
    static void fileAClaim() {
        net = new ClaimNetwork();
        ClaimState filed = net.providerSubmits(net.stMary());
        claim = net.stMary().ledger().vault().latest(filed.getLinearId(), ClaimState.class).orElseThrow();
    }

    @AfterAll
    static void close() {
        net.close();
    }

    @Test
    void a_request_by_a_party_that_is_not_a_participant_of_an_input_is_refused_and_nothing_is_committed() {
        WireTransaction pended = committedPend();
        WireTransaction voiding = consuming(pended.<ClaimState>outRef(0));

        NotarisationResponse response = processAs(AUDITOR, NotaryTearOff.of(voiding));

        assertThat(response.getSignature()).isNull();
        assertThat(response.getKind()).isEqualTo(NotaryRefusal.NOT_A_PARTICIPANT);
        assertThat(response.getRefusal()).isEqualTo(AUDITOR + " is not a participant of input " + new StateRef(pended.getId(), 0));
        assertThat(uniqueness.isCommitted(voiding.getId())).isFalse();
        assertThat(uniqueness.consumedBy(new StateRef(pended.getId(), 0))).isEmpty();
        assertThat(uniqueness.signedRequestOf(voiding.getId())).isEmpty();
    }

    @Test
    void a_participants_request_is_committed_and_its_signed_request_is_kept_and_checks_out() throws Exception {
        WireTransaction pended = committedPend();
        WireTransaction voiding = consuming(pended.<ClaimState>outRef(0));

        NotarisationResponse response = processAs(INSURER, NotaryTearOff.of(voiding));

        assertThat(response.getRefusal()).isNull();
        assertThat(response.getSignature().isValid(voiding.getId())).isTrue();
        assertThat(uniqueness.consumedBy(new StateRef(pended.getId(), 0))).hasValue(voiding.getId());
        SignedNotarisationRequest kept = uniqueness.signedRequestOf(voiding.getId()).orElseThrow();
        assertThat(kept.requester()).isEqualTo(INSURER);
        assertThat(kept.isSignedBy(net.insurer().identity().getOwningKey())).isTrue();
        assertThat(kept.isFor(voiding.getId())).isTrue();
        assertThat(kept.isFor(pended.getId())).isFalse();
        assertThat(notary.keptRequest(voiding.getId())).hasValue(new NotaryService.KeptRequest(INSURER, true));
        assertThat(uniqueness.custodiansOf(new StateRef(voiding.getId(), 0))).hasValue(Set.of(
                NotaryCommit.fingerprint(net.stMary().identity().getOwningKey()),
                NotaryCommit.fingerprint(net.insurer().identity().getOwningKey())));
    }

    @Test
    void a_request_signed_with_another_key_or_altered_or_for_another_transaction_is_refused_and_nothing_is_committed() {
        WireTransaction voiding = consuming(claim);
        FilteredTransaction tearOff = NotaryTearOff.of(voiding);
        DigitalSignature.WithKey stMarys = requestBy(ST_MARY, tearOff).getSignature();
        byte[] flipped = stMarys.getBytes();
        flipped[10] ^= 1;
        DigitalSignature.WithKey forAnother = requestBy(ST_MARY, NotaryTearOff.of(consuming(claim))).getSignature();

        List<NotarisationRequest> forged = List.of(
                new NotarisationRequest(tearOff, ST_MARY, requestBy(AUDITOR, tearOff).getSignature()),
                new NotarisationRequest(tearOff, ST_MARY, new DigitalSignature.WithKey(stMarys.getBy(), flipped)),
                new NotarisationRequest(tearOff, ST_MARY, forAnother));
        for (NotarisationRequest request : forged) {
            NotarisationResponse response = notary.process(request, ST_MARY);
            assertThat(response.getKind()).isEqualTo(NotaryRefusal.BAD_REQUEST_SIGNATURE);
            assertThat(response.getRefusal()).isEqualTo("The request for transaction " + voiding.getId()
                    + " is not signed by " + ST_MARY + "'s key on the network map");
        }
        assertThat(uniqueness.isCommitted(voiding.getId())).isFalse();
        assertThat(uniqueness.consumedBy(claim.getRef())).isEmpty();
    }

    @Test
    void a_request_st_mary_signed_but_another_party_sends_is_refused() {
        WireTransaction voiding = consuming(claim);

        NotarisationResponse response = notary.process(requestBy(ST_MARY, NotaryTearOff.of(voiding)), AUDITOR);

        assertThat(response.getKind()).isEqualTo(NotaryRefusal.BAD_REQUEST_SIGNATURE);
        assertThat(response.getRefusal()).isEqualTo("The request for transaction " + voiding.getId() + " names "
                + ST_MARY + " as its requester but came from " + AUDITOR);
        assertThat(uniqueness.isCommitted(voiding.getId())).isFalse();
    }

    @Test
    void an_input_whose_custody_was_never_recorded_is_consumed_on_the_signed_request_alone_and_counted() {
        // The documented choice for states from before the notary kept custody: refusing them would
        // strand them; any party's valid signed request consumes them, and the commit counts them.
        WireTransaction voiding = consuming(claim);

        NotarisationResponse response = processAs(AUDITOR, NotaryTearOff.of(voiding));

        assertThat(response.getRefusal()).isNull();
        assertThat(uniqueness.consumedBy(claim.getRef())).hasValue(voiding.getId());
        assertThat(uniqueness.signedRequestOf(voiding.getId()).orElseThrow().requester()).isEqualTo(AUDITOR);
        CommitResult direct = new InMemoryUniquenessProvider().commit(NotaryCommits.commit(voiding.getId(),
                List.of(claim.getRef()), List.of(), AUDITOR, InMemoryNetwork.DEFAULT_START));
        assertThat(direct.isCommitted()).isTrue();
        assertThat(direct.inputsWithoutCustody()).isEqualTo(1);
    }

    @Test
    void an_output_of_a_transaction_committed_with_custody_that_names_no_custodian_for_it_can_be_consumed_by_nobody() {
        WireTransaction pended = committedPend();
        StateRef unknownOutput = new StateRef(pended.getId(), 7);

        CommitResult result = uniqueness.commit(NotaryCommits.commit(SecureHash.randomSHA256(), List.of(unknownOutput),
                List.of(), ST_MARY, InMemoryNetwork.DEFAULT_START));

        assertThat(result.isCommitted()).isFalse();
        assertThat(result.notCustodianOf()).containsExactly(unknownOutput);
    }

    @Test
    void a_tear_off_without_the_custody_of_the_outputs_is_refused() {
        WireTransaction withoutCustody = net.stMary().ledger().build(new TransactionBuilder(net.notary().identity())
                .addInputState(claim)
                .addOutputState(claim.getState().getData().withStatus(ClaimStatus.VOIDED), ClaimContract.ID)
                .addCommand(new ClaimContract.Commands.Void(), net.stMary().identity().getOwningKey(),
                        net.insurer().identity().getOwningKey()));

        NotarisationResponse response = processAs(ST_MARY, NotaryTearOff.of(withoutCustody));

        assertThat(response.getKind()).isEqualTo(NotaryRefusal.INVALID_TEAR_OFF);
        assertThat(response.getRefusal()).contains("reveals 0 custody commands");
        assertThat(uniqueness.consumedBy(claim.getRef())).isEmpty();
    }

    @Test
    void the_tear_off_shows_the_notary_the_custody_command_and_no_output_or_other_command() {
        WireTransaction voiding = consuming(claim);
        FilteredTransaction tearOff = NotaryTearOff.of(voiding);

        assertThat(tearOff.getOutputs()).isEmpty();
        assertThat(tearOff.getCommands()).extracting(command -> (Object) command.getValue().getClass())
                .containsExactly(OutputCustody.class);
        assertThat(NotaryTearOff.custodyOf(tearOff)).isEqualTo(OutputCustody.of(voiding.getOutputStates()));
    }

    /** A transaction of the claim's parties, committed by St. Mary: the notary records the custody of its one output. */
    private WireTransaction committedPend() {
        WireTransaction pend = consuming(claim);
        assertThat(processAs(ST_MARY, NotaryTearOff.of(pend)).getRefusal()).isNull();
        return pend;
    }

    private NotarisationResponse processAs(CordaX500Name requester, FilteredTransaction tearOff) {
        return notary.process(requestBy(requester, tearOff), requester);
    }

    private static NotarisationRequest requestBy(CordaX500Name requester, FilteredTransaction tearOff) {
        return NotarisationRequest.signed(tearOff, net.notary().identity(), net.network.node(requester).ledger());
    }

    /** A void of a claim state (built, not signed: the notary checks no transaction signature), with a fresh salt. */
    private static WireTransaction consuming(StateAndRef<ClaimState> state) {
        NodeLedger ledger = net.stMary().ledger();
        return ledger.build(new WireTransactionBuilder(net.notary().identity())
                .input(state)
                .output(state.getState().getData().withStatus(ClaimStatus.VOIDED), ClaimContract.ID)
                .command(new ClaimContract.Commands.Void(), net.stMary().identity().getOwningKey(),
                        net.insurer().identity().getOwningKey()));
    }
}
