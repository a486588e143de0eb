package net.claimsnet.contracts;

import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;

/**
 * The custody of the outputs, which the notary records to know who may consume each: every contract
 * refuses a custody command that does not name each output's participants, in order, or a second one.
 */
class OutputCustodyCommandTest {

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final CoverageState coverage = SampleClaims.coverage(insurer, MEMBER_ID);
    private final ClaimState submitted = SampleClaims.submitted(provider, insurer, coverage);
    private final StateAndRef<ClaimState> claim = ledger.existing(ClaimContract.ID, submitted);
    private final PublicKey[] both = {provider.getOwningKey(), insurer.getOwningKey()};

    private ContractTestLedger.Outcome voidingWith(OutputCustody... custody) {
        return ledger.transaction(tx -> {
            tx.input(claim)
                    .output(ClaimContract.ID, submitted.withStatus(ClaimStatus.VOIDED))
                    .command(new ClaimContract.Commands.Void(), both);
            for (OutputCustody each : custody) {
                tx.command(each, both);
            }
        });
    }

    @Test
    void custody_naming_each_outputs_participants_verifies_in_any_order_of_keys() {
        voidingWith(OutputCustody.of(Collections.singletonList(submitted))).verifies();
        voidingWith(new OutputCustody(Collections.singletonList(new OutputCustody.Custodians(
                Arrays.asList(insurer.getOwningKey(), provider.getOwningKey()))))).verifies();
    }

    @Test
    void custody_that_leaves_out_a_participant_or_names_another_party_is_refused() {
        voidingWith(new OutputCustody(Collections.singletonList(new OutputCustody.Custodians(
                Collections.singletonList(provider.getOwningKey())))))
                .failsWith("The custody command must name the participants of each output, in order");
        voidingWith(new OutputCustody(Collections.singletonList(new OutputCustody.Custodians(
                Arrays.asList(provider.getOwningKey(), insurer.getOwningKey(), ledger.otherProvider().getOwningKey())))))
                .failsWith("The custody command must name the participants of each output, in order");
    }

    @Test
    void custody_of_more_or_fewer_outputs_than_the_transaction_has_is_refused() {
        voidingWith(new OutputCustody(Collections.<OutputCustody.Custodians>emptyList()))
                .failsWith("The custody command must name the participants of each output, in order");
    }

    @Test
    void two_custody_commands_are_refused() {
        OutputCustody truthful = OutputCustody.of(Collections.singletonList(submitted));
        voidingWith(truthful, truthful).failsWith("A transaction must carry at most one custody command");
    }

    @Test
    void the_accumulator_and_coverage_contracts_check_custody_too() {
        BenefitAccumulatorState accumulator = SampleClaims.accumulator(coverage);
        List<OutputCustody.Custodians> wrong = Collections.singletonList(new OutputCustody.Custodians(
                Collections.singletonList(provider.getOwningKey())));
        ledger.transaction(tx -> tx
                .output(BenefitAccumulatorContract.ID, accumulator)
                .command(new BenefitAccumulatorContract.Commands.Open(), insurer.getOwningKey())
                .command(new OutputCustody(wrong), insurer.getOwningKey()))
                .failsWith("The custody command must name the participants of each output, in order");
        ledger.transaction(tx -> tx
                .output(CoverageContract.ID, coverage)
                .command(new CoverageContract.Commands.Issue(), insurer.getOwningKey())
                .command(new OutputCustody(wrong), insurer.getOwningKey()))
                .failsWith("The custody command must name the participants of each output, in order");
    }
}
