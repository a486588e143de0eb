package net.claimsnet.flows.access;

import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.ledger.LedgerException;
import net.claimsnet.states.ClaimState;
import net.corda.core.contracts.Command;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.contracts.TransactionState;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.node.NetworkParameters;
import net.corda.core.transactions.FilteredTransaction;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the auditor checks of a tear-off before it keeps it, each check made to fire. */
class AuditTearOffTest {

    private final ClaimNetwork net = ClaimNetwork.withoutGrants();
    private final ClaimState settled = net.settledClaim(net.stMary());
    private final SignedTransaction settlement = net.insurer().ledger().transactions()
            .find(ClaimNetwork.historyAt(net.insurer(), settled.getLinearId()).get(2).getRef().getTxhash()).orElseThrow();
    private final NetworkParameters parameters = net.insurer().ledger().services().getNetworkParameters();

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void a_true_tear_off_verifies_and_its_figures_agree_with_the_transaction() {
        AuditTearOff tearOff = AuditTearOff.of(settlement);

        tearOff.verify(parameters);

        assertThat(tearOff.getId()).isEqualTo(settlement.getId());
        assertThat(tearOff.getTearOff().getOutputs()).isEmpty();
        assertThat(tearOff.getFigures()).singleElement().satisfies(f -> assertThat(f.getClaimId()).isEqualTo(settled.getLinearId()));
        assertThat(tearOff.agreesWith(settlement)).isTrue();
    }

    @Test
    void a_missing_signature_of_a_required_signer_is_refused() {
        AuditTearOff original = AuditTearOff.of(settlement);
        List<TransactionSignature> withoutInsurer = original.getSignatures().stream()
                .filter(s -> !s.getBy().equals(net.insurer().identity().getOwningKey())).toList();

        assertThatThrownBy(() -> new AuditTearOff(original.getTearOff(), withoutInsurer, original.getFigures()).verify(parameters))
                .isInstanceOf(LedgerException.class).hasMessageContaining("lacks a valid signature of a required signer");
    }

    @Test
    void a_tear_off_that_shows_the_outputs_is_refused() {
        FilteredTransaction showingOutputs = settlement.getTx().buildFilteredTransaction(component -> true);

        assertThatThrownBy(() -> new AuditTearOff(showingOutputs, settlement.getSigs(), List.of()).verify(parameters))
                .isInstanceOf(LedgerException.class).hasMessageContaining("reveals component group OUTPUTS_GROUP");
    }

    @Test
    void a_tear_off_that_hides_a_command_is_refused() {
        FilteredTransaction hidingCommands = settlement.getTx().buildFilteredTransaction(component ->
                component instanceof StateRef || component instanceof TimeWindow
                        || component.equals(settlement.getTx().getNotary()));

        assertThatThrownBy(() -> new AuditTearOff(hidingCommands, settlement.getSigs(), List.of()).verify(parameters))
                .isInstanceOf(LedgerException.class).hasMessageContaining("does not prove its components");
        assertThat(settlement.getTx().getCommands()).extracting(Command::getValue).isNotEmpty();
    }

    @Test
    void figures_that_differ_from_the_transaction_are_found_out_once_it_is_disclosed() {
        AuditTearOff honest = AuditTearOff.of(settlement);
        ClaimFigures true_ = honest.getFigures().get(0);
        ClaimFigures inflated = new ClaimFigures(true_.getOutputIndex(), true_.getClaimId(), true_.getProvider(), true_.getInsurer(),
                true_.getStatus(), true_.getCharged(), true_.getPaid().add(BigDecimal.TEN), true_.getPatientShare(), true_.getSettled());
        AuditTearOff lying = new AuditTearOff(honest.getTearOff(), honest.getSignatures(), List.of(inflated));

        lying.verify(parameters);

        assertThat(lying.agreesWith(settlement)).isFalse();
    }

    @Test
    void figures_naming_one_output_twice_are_refused() {
        AuditTearOff honest = AuditTearOff.of(settlement);
        ClaimFigures figures = honest.getFigures().get(0);

        assertThatThrownBy(() -> new AuditTearOff(honest.getTearOff(), honest.getSignatures(), List.of(figures, figures)).verify(parameters))
                .isInstanceOf(LedgerException.class).hasMessageContaining("twice");
        assertThat(settlement.getTx().getOutputs()).extracting(TransactionState::getData).hasAtLeastOneElementOfType(ClaimState.class);
    }
}
