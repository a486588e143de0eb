package net.claimsnet.flows.resolution;

import net.claimsnet.contracts.BenefitAccumulatorContract;
import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.flows.finality.CollectSignaturesFlow;
import net.claimsnet.flows.finality.FinalityFlow;
import net.claimsnet.flows.rules.AdjudicationDecision;
import net.claimsnet.flows.rules.AdjudicationRulesPort;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.flows.engine.Payloads;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.ledger.resolution.TornOffTransaction;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.corda.core.contracts.ComponentGroupEnum;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.TransactionState;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.transactions.FilteredComponentGroup;
import net.corda.core.transactions.FilteredTransaction;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.utilities.OpaqueBytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static net.claimsnet.flows.ClaimNetwork.claimAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tear-off a provider receives in place of another provider's adjudication: what the insurer
 * serves to whom, a provider refusing every forged one (Merkle proof broken, notary's signature
 * missing, accumulator altered) without recording anything, the auditor keeping them like a provider, and
 * the notary still refusing a second spend of an accumulator the provider knows only from a tear-off.
 */
class TearOffTest {

    private static final int CLAIM_OUTPUT = 0;
    private static final int ACCUMULATOR_OUTPUT = 1;

    private final ClaimNetwork net = ClaimNetwork.withoutGrants();
    private SignedTransaction stMarysAdjudication;
    private ClaimState lakesides;

    @BeforeEach
    void stMaryAdjudicatedAClaimOfTheMemberLakesideTreatsNext() {
        ClaimState stMarys = net.providerSubmits(net.stMary(), SampleClaims.details(ST_MARY_MEMBER));
        stMarysAdjudication = net.finish(net.insurer().startFlow(new AdjudicateClaimFlow.Initiator(stMarys.getLinearId())));
        assertThat(stMarysAdjudication.getTx().getOutputs().get(ACCUMULATOR_OUTPUT).getData())
                .isInstanceOf(BenefitAccumulatorState.class);
        lakesides = net.providerSubmits(net.lakeside(), SampleClaims.details(ST_MARY_MEMBER));
    }

    @AfterEach
    void close() {
        net.close();
    }

    // ---- what the insurer serves --------------------------------------------------------------

    @Test
    void aTransactionCarryingAnotherProvidersClaimIsServedOnlyAsATearOffOfTheStatesNamed() {
        BackChainAuthorisation sent = new BackChainAuthorisation(List.of(stMarysAdjudication.getId()));
        StateRef accumulator = new StateRef(stMarysAdjudication.getId(), ACCUMULATOR_OUTPUT);

        FetchResponse response = serveTo(InMemoryNetwork.LAKESIDE, sent, List.of(accumulator));

        assertThat(response.getRefusal()).isNull();
        assertThat(response.getTransactions()).isEmpty();
        assertThat(response.getTearOffs()).singleElement().satisfies(tearOff -> {
            assertThat(tearOff.getId()).isEqualTo(stMarysAdjudication.getId());
            assertThat(tearOff.revealedOutputs()).containsOnlyKeys(ACCUMULATOR_OUTPUT);
            assertThat(tearOff.getTearOff().getOutputs()).extracting(TransactionState::getData)
                    .noneMatch(ClaimState.class::isInstance);
            // Only the notary's and the insurer's signatures: not even that St. Mary signed travels.
            assertThat(tearOff.getSignatures()).extracting(TransactionSignature::getBy).containsExactlyInAnyOrder(
                    net.notary().ledger().identity().getOwningKey(), net.insurer().ledger().identity().getOwningKey());
        });
    }

    @Test
    void theInsurerRefusesToRevealAnotherProvidersClaimOrATransactionWithoutNamedStates() {
        BackChainAuthorisation sent = new BackChainAuthorisation(List.of(stMarysAdjudication.getId()));

        assertThat(serveTo(InMemoryNetwork.LAKESIDE, sent, List.of(new StateRef(stMarysAdjudication.getId(), CLAIM_OUTPUT)))
                .getRefusal()).isEqualTo("output 0 of transaction " + stMarysAdjudication.getId() + " belongs to another party");
        assertThat(serveTo(InMemoryNetwork.LAKESIDE, sent, List.of()).getRefusal()).isEqualTo("transaction "
                + stMarysAdjudication.getId() + " carries other parties' states and the request names none of its outputs");
    }

    @Test
    void theOwnProviderGetsTheWholeTransaction() {
        BackChainAuthorisation sent = new BackChainAuthorisation(List.of(stMarysAdjudication.getId()));
        FetchResponse response = serveTo(InMemoryNetwork.ST_MARY, sent, List.of(new StateRef(stMarysAdjudication.getId(), ACCUMULATOR_OUTPUT)));

        assertThat(response.getTearOffs()).isEmpty();
        assertThat(response.getTransactions()).extracting(SignedTransaction::getId).containsExactly(stMarysAdjudication.getId());
    }

    @Test
    void theAuditorGetsTheWholeTransactionOnlyWhileAGrantOpensItsClaim() {
        List<StateRef> accumulator = List.of(new StateRef(stMarysAdjudication.getId(), ACCUMULATOR_OUTPUT));
        FetchResponse withoutGrant = serveTo(InMemoryNetwork.AUDITOR, new BackChainAuthorisation(List.of(stMarysAdjudication.getId())), accumulator);
        assertThat(withoutGrant.getTransactions()).isEmpty();
        assertThat(withoutGrant.getTearOffs()).extracting(TornOffTransaction::getId).containsExactly(stMarysAdjudication.getId());
        assertThat(withoutGrant.getTearOffs().get(0).revealedOutputs()).containsOnlyKeys(ACCUMULATOR_OUTPUT);

        net.auditorMayRead(net.stMary());

        FetchResponse granted = serveTo(InMemoryNetwork.AUDITOR, new BackChainAuthorisation(List.of(stMarysAdjudication.getId())), accumulator);
        assertThat(granted.getTearOffs()).isEmpty();
        assertThat(granted.getTransactions()).extracting(SignedTransaction::getId).containsExactly(stMarysAdjudication.getId());
    }

    // ---- a provider receiving forged tear-offs ------------------------------------------------

    @Test
    void lakesideRefusesATearOffWithoutTheNotarysSignature() {
        String reason = adjudicationWithTearOffsForgedAs(tearOff -> new TornOffTransaction(tearOff.getTearOff(),
                tearOff.getSignatures().stream()
                        .filter(s -> !s.getBy().equals(net.notary().ledger().identity().getOwningKey()))
                        .collect(Collectors.toList())));

        assertThat(reason).contains("Lakeside Clinic could not go on: Back chain of")
                .contains("Transaction " + stMarysAdjudication.getId()
                        + ": its tear-off lacks a valid signature of the notary O=Claims Notary, L=Zurich, C=CH");
        assertNothingRecordedAtLakeside();
    }

    @Test
    void lakesideRefusesATearOffWhoseAccumulatorWasAltered() {
        String reason = adjudicationWithTearOffsForgedAs(tearOff -> {
            FilteredTransaction original = tearOff.getTearOff();
            List<FilteredComponentGroup> groups = new ArrayList<>();
            for (FilteredComponentGroup group : original.getFilteredComponentGroups()) {
                if (group.getGroupIndex() == ComponentGroupEnum.OUTPUTS_GROUP.ordinal()) {
                    TransactionState<ContractState> state = original.getOutputs().get(0);
                    BenefitAccumulatorState reset = ((BenefitAccumulatorState) state.getData())
                            .plus(BigDecimal.ONE.negate(), BigDecimal.ONE.negate());
                    TransactionState<ContractState> altered = new TransactionState<>(reset, state.getContract(),
                            state.getNotary(), state.getEncumbrance(), state.getConstraint());
                    group = new FilteredComponentGroup(group.getGroupIndex(),
                            List.of(OpaqueBytes.of(Payloads.serialize(altered))), group.getNonces(), group.getPartialMerkleTree());
                }
                groups.add(group);
            }
            return new TornOffTransaction(new FilteredTransaction(original.getId(), groups, original.getGroupHashes(),
                    original.getDigestService()), tearOff.getSignatures());
        });

        assertThat(reason).contains("Transaction " + stMarysAdjudication.getId() + ": its tear-off's Merkle proof does not hold")
                .contains("cannot be verified against their partial Merkle tree");
        assertNothingRecordedAtLakeside();
    }

    @Test
    void lakesideRefusesATearOffWhoseMerkleProofDoesNotLeadToTheId() {
        String reason = adjudicationWithTearOffsForgedAs(tearOff -> {
            FilteredTransaction original = tearOff.getTearOff();
            List<SecureHash> groupHashes = new ArrayList<>(original.getGroupHashes());
            int commands = ComponentGroupEnum.COMMANDS_GROUP.ordinal();
            groupHashes.set(commands, SecureHash.sha256("a command St. Mary never signed"));
            return new TornOffTransaction(new FilteredTransaction(original.getId(), original.getFilteredComponentGroups(),
                    groupHashes, original.getDigestService()), tearOff.getSignatures());
        });

        assertThat(reason).contains("Transaction " + stMarysAdjudication.getId() + ": its tear-off's Merkle proof does not hold")
                .contains("Top level Merkle tree cannot be verified against transaction's id");
        assertNothingRecordedAtLakeside();
    }

    @Test
    void theAuditorKeepsATearOffOfWhatNoGrantOpensToIt() {
        SignedTransaction top = stMarysAdjudication;
        BackChainResolution resolution = new BackChainResolution(top);
        resolution.requesting(List.of(stMarysAdjudication.getId()));
        TornOffTransaction tearOff = TornOffTransaction.of(stMarysAdjudication, List.of(ACCUMULATOR_OUTPUT));
        resolution.accept(FetchResponse.of(List.of(), List.of(tearOff)), "Acme", net.auditor().ledger());

        resolution.verifyAndRecord(net.auditor().ledger(), true);

        assertThat(net.auditor().ledger().tornOff().reveals(new StateRef(stMarysAdjudication.getId(), ACCUMULATOR_OUTPUT))).isTrue();
        assertThat(net.auditor().ledger().transactions().contains(stMarysAdjudication.getId())).isFalse();
    }

    // ---- double spending ----------------------------------------------------------------------

    @Test
    void anAccumulatorLakesideKnowsOnlyFromATearOffStillCannotBeSpentTwice() {
        StateAndRef<BenefitAccumulatorState> afterStMarys = net.insurer().ledger().vault()
                .unconsumed(BenefitAccumulatorState.class).stream()
                .filter(a -> a.getState().getData().getMemberId().equals(ST_MARY_MEMBER)).findFirst().orElseThrow();
        assertThat(afterStMarys.getRef().getTxhash()).isEqualTo(stMarysAdjudication.getId());
        SignedTransaction lakesidesAdjudication = net.finish(net.insurer().startFlow(
                new AdjudicateClaimFlow.Initiator(lakesides.getLinearId())));
        assertThat(net.lakeside().ledger().tornOff().reveals(afterStMarys.getRef())).isTrue();
        ClaimState another = net.providerSubmits(net.lakeside(), SampleClaims.details(ST_MARY_MEMBER));

        FlowHandle<SignedTransaction> doubleSpend = net.insurer().startFlow(
                new AdjudicateAgainst(another.getLinearId(), afterStMarys));
        String reason = net.failureOf(doubleSpend);

        assertThat(reason).contains("Claims Notary refused to notarise")
                .contains(afterStMarys.getRef() + " was consumed by transaction " + lakesidesAdjudication.getId());
        assertThat(net.notary().stores().uniqueness().consumedBy(afterStMarys.getRef())).hasValue(lakesidesAdjudication.getId());
        assertThat(claimAt(net.lakeside(), another.getLinearId())).hasValue(another);
        assertThat(claimAt(net.insurer(), another.getLinearId())).hasValue(another);
    }

    /**
     * An insurer adjudicating a claim against an accumulator of its choosing, skipping the soft lock
     * and the vault's view of what is current: the provider countersigns (the accumulator is not its
     * to judge), and only the notary stands between the proposal and a double spend.
     */
    static final class AdjudicateAgainst extends FlowLogic<SignedTransaction> {

        private final UniqueIdentifier claimId;
        private final StateAndRef<BenefitAccumulatorState> accumulator;
        private FlowSession session;
        private int stage;

        AdjudicateAgainst(UniqueIdentifier claimId, StateAndRef<BenefitAccumulatorState> accumulator) {
            this.claimId = claimId;
            this.accumulator = accumulator;
        }

        @Override
        protected Step call(FlowContext context) {
            switch (stage++) {
                case 0: {
                    StateAndRef<ClaimState> claimRef = context.ledger().vault().latest(claimId, ClaimState.class).orElseThrow();
                    ClaimState claim = claimRef.getState().getData();
                    CoverageState coverage = context.ledger().vault().latest(claim.getCoverageId(), CoverageState.class)
                            .orElseThrow().getState().getData();
                    AdjudicationDecision decision = context.service(AdjudicationRulesPort.class)
                            .adjudicate(claim, coverage, accumulator.getState().getData());
                    ClaimState adjudicated = claim.withAdjudication(decision.adjudication())
                            .withStatus(SampleClaims.statusOf(decision.adjudication().getOutcome()));
                    SignedTransaction proposal = context.ledger().sign(context.ledger().build(
                            new WireTransactionBuilder(context.notary())
                                    .input(claimRef)
                                    .input(accumulator)
                                    .output(adjudicated, ClaimContract.ID)
                                    .output(decision.accumulatorAfter(), BenefitAccumulatorContract.ID)
                                    .command(new ClaimContract.Commands.Adjudicate(),
                                            context.ourIdentity().getOwningKey(), claim.getProvider().getOwningKey())
                                    .command(new BenefitAccumulatorContract.Commands.Apply(),
                                            context.ourIdentity().getOwningKey())));
                    session = context.initiate(claim.getProvider(), AdjudicateClaimFlow.Initiator.class);
                    return Step.subFlow(new CollectSignaturesFlow(proposal, List.of(session)));
                }
                case 1:
                    return Step.subFlow(new FinalityFlow(context.received(SignedTransaction.class), List.of(session)));
                default:
                    return done(context.received(SignedTransaction.class));
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    private FetchResponse serveTo(net.corda.core.identity.CordaX500Name requester, BackChainAuthorisation sent,
                                  List<StateRef> states) {
        return BackChainServer.serve(new FetchRequest(List.of(stMarysAdjudication.getId()), states), sent,
                net.insurer().ledger(), requester, net.network.clock().instant());
    }

    /** Runs the insurer's adjudication of Lakeside's claim with every tear-off sent to Lakeside forged; returns why it failed. */
    private String adjudicationWithTearOffsForgedAs(UnaryOperator<TornOffTransaction> forgery) {
        List<TornOffTransaction> forged = new ArrayList<>();
        net.network.transport().intercept(e -> {
            if (e.kind() != MessageKind.FETCH_RESPONSE || !e.recipient().equals(InMemoryNetwork.LAKESIDE)) {
                return List.of(e);
            }
            FetchResponse response = (FetchResponse) Payloads.deserialize(e.payload());
            List<TornOffTransaction> tearOffs = response.getTearOffs().stream().map(forgery).collect(Collectors.toList());
            forged.addAll(tearOffs);
            return List.of(e.withPayload(Payloads.serialize(FetchResponse.of(response.getTransactions(), tearOffs))));
        });
        FlowHandle<SignedTransaction> adjudication = net.insurer().startFlow(new AdjudicateClaimFlow.Initiator(lakesides.getLinearId()));
        String reason = net.failureOf(adjudication);
        assertThat(forged).as("tear-offs forged").isNotEmpty();
        return reason;
    }

    private void assertNothingRecordedAtLakeside() {
        assertThat(net.lakeside().ledger().tornOff().contains(stMarysAdjudication.getId())).isFalse();
        assertThat(net.lakeside().ledger().transactions().contains(stMarysAdjudication.getId())).isFalse();
        assertThat(claimAt(net.lakeside(), lakesides.getLinearId())).hasValue(lakesides);
        assertThat(claimAt(net.insurer(), lakesides.getLinearId())).hasValue(lakesides);
    }
}
