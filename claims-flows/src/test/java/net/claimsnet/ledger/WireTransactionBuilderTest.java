package net.claimsnet.ledger;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.ClaimState;
import net.corda.core.contracts.PrivacySalt;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.transactions.TransactionBuilder;
import net.corda.core.transactions.WireTransaction;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireTransactionBuilderTest {

    private final KernelFixture fixture = new KernelFixture();

    @Test
    void it_builds_exactly_the_transaction_cordas_builder_builds() {
        ClaimState claim = SampleClaims.submitted(fixture.provider.identity(), fixture.insurer.identity(),
                fixture.coverage.getState().getData());
        PrivacySalt salt = new PrivacySalt();
        TimeWindow window = TimeWindow.between(Instant.parse("2025-03-11T09:00:00Z"), Instant.parse("2025-03-11T09:02:00Z"));
        TransactionBuilder corda = fixture.submitBuilder(claim).setTimeWindow(window).setPrivacySalt(salt);

        WireTransaction expected = fixture.provider.build(corda);
        WireTransaction built = fixture.provider.build(new WireTransactionBuilder(fixture.notary)
                .reference(fixture.coverage)
                .output(claim, ClaimContract.ID)
                .command(new ClaimContract.Commands.Submit(),
                        fixture.provider.identity().getOwningKey(), fixture.insurer.identity().getOwningKey())
                .timeWindow(window)
                .privacySalt(salt));

        assertThat(built.getId()).isEqualTo(expected.getId());
    }

    @Test
    void a_contract_without_an_installed_attachment_is_named() {
        WireTransactionBuilder builder = new WireTransactionBuilder(fixture.notary)
                .output(SampleClaims.coverage(fixture.insurer.identity(), "M-1"), "com.example.UnknownContract");

        assertThatThrownBy(() -> fixture.insurer.build(builder))
                .isInstanceOf(LedgerException.class)
                .hasMessage("No contract attachment is installed for com.example.UnknownContract");
    }
}
