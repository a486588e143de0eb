package net.claimsnet.ledger.transactions;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.ledger.KernelFixture;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.crypto.SecureHash;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.TransactionBuilder;
import net.corda.core.transactions.WireTransaction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeWindowRenewalTest {

    private final KernelFixture fixture = new KernelFixture();
    private final TimeWindow later = TimeWindow.between(Instant.now().plusSeconds(3_600), Instant.now().plusSeconds(4_200));

    @Test
    void a_renewal_is_another_transaction_with_the_fresh_window_and_everything_else_unchanged() {
        WireTransaction proposal = fixture.submit();

        WireTransaction renewed = TimeWindowRenewal.renew(proposal, later);

        assertThat(renewed.getId()).isNotEqualTo(proposal.getId());
        assertThat(renewed.getTimeWindow()).isEqualTo(later);
        assertThat(renewed.getOutputs()).isEqualTo(proposal.getOutputs());
        assertThat(renewed.getReferences()).isEqualTo(proposal.getReferences());
        assertThat(renewed.getCommands()).isEqualTo(proposal.getCommands());
        assertThat(renewed.getAttachments()).isEqualTo(proposal.getAttachments());
        assertThat(renewed.getNotary()).isEqualTo(proposal.getNotary());
        assertThat(TimeWindowRenewal.isRenewalOf(renewed, TimeWindowRenewal.renewable(proposal), proposal.getId())).isTrue();
    }

    @Test
    void the_renewal_verifies_and_both_parties_can_sign_it() {
        WireTransaction renewed = TimeWindowRenewal.renew(fixture.submit(), TimeWindow.between(Instant.now().minusSeconds(60),
                Instant.now().plusSeconds(600)));

        SignedTransaction signed = fixture.insurer.countersign(fixture.provider.sign(renewed));

        fixture.insurer.verify(signed, List.of(fixture.notary.getOwningKey()));
        assertThat(signed.getSigs()).hasSize(2);
    }

    @Test
    void a_transaction_that_changes_anything_but_the_window_is_no_renewal() {
        WireTransaction proposal = fixture.submit();
        WireTransaction otherClaim = fixture.provider.build(fixture.submitBuilder(SampleClaims.submitted(
                fixture.provider.identity(), fixture.insurer.identity(), fixture.coverage.getState().getData(),
                SampleClaims.details("CLM-OTHER", SampleClaims.MEMBER_ID))));

        assertThat(TimeWindowRenewal.isRenewalOf(otherClaim, TimeWindowRenewal.renewable(proposal), proposal.getId())).isFalse();
    }

    @Test
    void the_same_transaction_again_is_no_renewal() {
        WireTransaction proposal = fixture.submit();

        assertThat(TimeWindowRenewal.isRenewalOf(proposal, TimeWindowRenewal.renewable(proposal), proposal.getId())).isFalse();
    }

    @Test
    void a_transaction_without_a_window_is_never_renewed() {
        WireTransaction withoutWindow = fixture.provider.build(new TransactionBuilder(fixture.notary)
                .addOutputState(SampleClaims.submitted(fixture.provider.identity(), fixture.insurer.identity(),
                        fixture.coverage.getState().getData()), ClaimContract.ID)
                .addCommand(new ClaimContract.Commands.Submit(), fixture.provider.identity().getOwningKey()));

        assertThat(TimeWindowRenewal.renewable(withoutWindow)).isNull();
        assertThat(TimeWindowRenewal.isRenewalOf(fixture.submit(), (SecureHash) null, withoutWindow.getId())).isFalse();
        assertThatThrownBy(() -> TimeWindowRenewal.renew(withoutWindow, later))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no time window");
    }
}
