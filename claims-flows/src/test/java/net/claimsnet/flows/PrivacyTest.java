package net.claimsnet.flows;

import net.claimsnet.contracts.OutputCustody;
import net.claimsnet.flows.engine.Payloads;
import net.claimsnet.flows.notary.NotarisationRequest;
import net.claimsnet.flows.resolution.FetchResponse;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.states.ClaimState;
import net.corda.core.contracts.ComponentGroupEnum;
import net.corda.core.contracts.TransactionState;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.transactions.FilteredComponentGroup;
import net.corda.core.transactions.FilteredTransaction;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who receives what, recorded by a tap on every delivery while both providers take claims through
 * the whole lifecycle: a provider never receives the other provider's claims, and the notary
 * receives nothing but tear-offs (inputs, references, time window, notary, the custody of the outputs:
 * participants' public keys), never a claim's contents.
 */
class PrivacyTest {

    private final ClaimNetwork net = ClaimNetwork.withoutGrants();
    private final List<Envelope> delivered = new ArrayList<>();

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void lakesideReceivesNothingOfStMarysClaimsAndTheNotaryReceivesOnlyTearOffs() {
        net.network.transport().tap(delivered::add);

        ClaimState stMarys = net.settledClaim(net.stMary());
        ClaimState asked = net.providerSubmits(net.stMary());
        net.insurerRequestsInformation(asked.getLinearId(), "Which knee?");
        net.providerAnswers(net.stMary(), asked.getLinearId(), "The left knee.");
        net.providerVoids(net.stMary(), asked.getLinearId());
        ClaimState lakesides = net.settledClaim(net.lakeside());

        assertThat(claimsReceivedBy(InMemoryNetwork.LAKESIDE)).isNotEmpty()
                .allMatch(c -> c.getProvider().getName().equals(InMemoryNetwork.LAKESIDE));
        assertThat(claimsReceivedBy(InMemoryNetwork.ST_MARY)).isNotEmpty()
                .allMatch(c -> c.getProvider().getName().equals(InMemoryNetwork.ST_MARY));
        assertThat(net.lakeside().ledger().vault().unconsumed(ClaimState.class)).extracting(s -> s.getState().getData())
                .containsExactly(lakesides);
        assertThat(claimsReceivedBy(InMemoryNetwork.AUDITOR)).as("no grant opens a claim to the auditor").isEmpty();
        assertThat(net.network.auditorsTearOffs().latestClaims(10)).extracting(kept -> kept.figures().getClaimId())
                .contains(stMarys.getLinearId(), lakesides.getLinearId());

        List<Object> toNotary = messagesTo(InMemoryNetwork.NOTARY);
        assertThat(toNotary).hasSizeGreaterThanOrEqualTo(8).allMatch(m -> m instanceof NotarisationRequest);
        Set<ComponentGroupEnum> visible = EnumSet.of(ComponentGroupEnum.INPUTS_GROUP, ComponentGroupEnum.REFERENCES_GROUP,
                ComponentGroupEnum.TIMEWINDOW_GROUP, ComponentGroupEnum.NOTARY_GROUP,
                ComponentGroupEnum.COMMANDS_GROUP, ComponentGroupEnum.SIGNERS_GROUP);
        for (Object message : toNotary) {
            FilteredTransaction tearOff = ((NotarisationRequest) message).getTransaction();
            for (FilteredComponentGroup group : tearOff.getFilteredComponentGroups()) {
                assertThat(visible).contains(ComponentGroupEnum.values()[group.getGroupIndex()]);
            }
            // Of the commands, only the custody of the outputs: participants' public keys.
            assertThat(tearOff.getCommands()).allMatch(command -> command.getValue() instanceof OutputCustody);
        }
        assertThat(net.notary().ledger().transactions().count()).isZero();
    }

    /** Every claim state in a transaction the node received, as proposal, final transaction or back chain. */
    private List<ClaimState> claimsReceivedBy(CordaX500Name node) {
        List<ClaimState> claims = new ArrayList<>();
        for (Object message : messagesTo(node)) {
            List<SignedTransaction> transactions = new ArrayList<>();
            if (message instanceof SignedTransaction) {
                transactions.add((SignedTransaction) message);
            } else if (message instanceof FetchResponse) {
                transactions.addAll(((FetchResponse) message).getTransactions());
            }
            for (SignedTransaction transaction : transactions) {
                for (TransactionState<?> output : transaction.getTx().getOutputs()) {
                    if (output.getData() instanceof ClaimState) {
                        claims.add((ClaimState) output.getData());
                    }
                }
            }
        }
        return claims;
    }

    private List<Object> messagesTo(CordaX500Name node) {
        List<Object> messages = new ArrayList<>();
        for (Envelope envelope : delivered) {
            if (envelope.recipient().equals(node)) {
                messages.add(Payloads.deserialize(envelope.payload()));
            }
        }
        return messages;
    }
}
