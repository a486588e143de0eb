package net.claimsnet.ledger;

import net.claimsnet.contracts.OutputCustody;
import net.claimsnet.ledger.transactions.NotaryTearOff;
import net.corda.core.contracts.Command;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.contracts.TransactionState;
import net.corda.core.transactions.FilteredTransaction;
import net.corda.core.transactions.ReferenceStateRef;
import net.corda.core.transactions.WireTransaction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotaryTearOffTest {

    private final KernelFixture fixture = new KernelFixture();

    @Test
    void the_tear_off_shows_references_time_window_and_notary_with_proofs_to_the_transaction_id() {
        WireTransaction wire = fixture.submit();

        FilteredTransaction tearOff = NotaryTearOff.of(wire);
        NotaryTearOff.check(tearOff);

        assertThat(tearOff.getId()).isEqualTo(wire.getId());
        assertThat(tearOff.getReferences()).containsExactly(fixture.coverage.getRef());
        assertThat(tearOff.getTimeWindow()).isEqualTo(wire.getTimeWindow());
        assertThat(tearOff.getNotary()).isEqualTo(fixture.notary);
    }

    @Test
    void the_tear_off_reveals_nothing_of_the_claim_only_the_custody_of_its_outputs() {
        WireTransaction wire = fixture.submit();
        FilteredTransaction tearOff = NotaryTearOff.of(wire);

        assertThat(tearOff.getOutputs()).isEmpty();
        assertThat(tearOff.getCommands()).extracting(command -> (Object) command.getValue())
                .containsExactly(OutputCustody.of(wire.getOutputStates()));
        assertThat(tearOff.getAttachments()).isEmpty();
    }

    @Test
    void a_tear_off_that_reveals_outputs_is_refused() {
        WireTransaction wire = fixture.submit();
        FilteredTransaction tooMuch = wire.buildFilteredTransaction(component ->
                component instanceof StateRef || component instanceof ReferenceStateRef || component instanceof TimeWindow
                        || component instanceof TransactionState || fixture.notary.equals(component));

        assertThatThrownBy(() -> NotaryTearOff.check(tooMuch))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("reveals more than the notary may see (component group OUTPUTS_GROUP)");
    }

    @Test
    void a_tear_off_that_hides_the_time_window_is_refused() {
        WireTransaction wire = fixture.submit();
        FilteredTransaction hiding = wire.buildFilteredTransaction(component ->
                component instanceof StateRef || fixture.notary.equals(component));

        assertThatThrownBy(() -> NotaryTearOff.check(hiding))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining(wire.getId().toString())
                .hasMessageContaining("does not prove its components");
    }

    @Test
    void a_tear_off_of_commands_only_is_refused_because_it_reveals_the_claim() {
        WireTransaction wire = fixture.submit();
        FilteredTransaction commands = wire.buildFilteredTransaction(component ->
                component instanceof StateRef || component instanceof ReferenceStateRef || component instanceof TimeWindow || component instanceof Command
                        || fixture.notary.equals(component));

        assertThatThrownBy(() -> NotaryTearOff.check(commands))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("reveals a command other than the custody of its outputs");
    }
}
