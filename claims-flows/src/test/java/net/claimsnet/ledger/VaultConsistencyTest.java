package net.claimsnet.ledger;

import net.claimsnet.states.ClaimState;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.StateRef;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The vault check over the in-memory stores of tests; the database's are checked in JpaLedgerStoresContract. */
class VaultConsistencyTest {

    private final KernelFixture fixture = new KernelFixture();

    @Test
    void an_output_missing_from_the_vault_is_found_and_the_vault_repaired_once() {
        SignedTransaction submitted = fixture.signedSubmit();
        fixture.insurer.transactions().add(submitted);
        StateRef claim = new StateRef(submitted.getId(), 0);

        VaultConsistency.Report report = fixture.insurer.checkVault(VaultConsistency.STARTUP_CHECKED, false);

        assertThat(report.repaired()).containsExactly(submitted.getId());
        assertThat(report.describe()).startsWith("the vault disagreed with 1 of the latest 2 transactions and was repaired");
        assertThat(fixture.insurer.vault().holds(claim)).isTrue();
        assertThat(fixture.insurer.vault().unconsumed(ClaimState.class)).hasSize(1);
        assertThat(fixture.insurer.checkVault(VaultConsistency.STARTUP_CHECKED, false).agreed()).isTrue();
    }

    @Test
    void only_the_latest_transactions_asked_for_are_checked() {
        SignedTransaction submitted = fixture.signedSubmit();
        fixture.insurer.transactions().add(submitted);

        VaultConsistency.Report report = fixture.insurer.checkVault(1, false);

        assertThat(report.checked()).isEqualTo(1);
        assertThat(report.repaired()).containsExactly(submitted.getId());
        assertThat(fixture.insurer.vault().unconsumed(CoverageState.class)).as("recorded before, and kept").hasSize(1);
    }

    @Test
    void an_observer_keeps_outputs_it_takes_no_part_in_and_a_participant_does_not() {
        SignedTransaction submitted = fixture.signedSubmit();
        NodeLedger notParty = fixture.network.inMemoryLedger(KernelFixture.NOTARY, KernelFixture.CONTRACTS_JAR);
        notParty.transactions().add(submitted);

        assertThat(notParty.checkVault(10, false).agreed()).as("nothing of it is the notary's").isTrue();
        assertThat(notParty.vault().holds(new StateRef(submitted.getId(), 0))).isFalse();
        assertThat(notParty.checkVault(10, true).repaired()).as("as an observer").containsExactly(submitted.getId());
        assertThat(notParty.vault().holds(new StateRef(submitted.getId(), 0))).isTrue();
    }
}
