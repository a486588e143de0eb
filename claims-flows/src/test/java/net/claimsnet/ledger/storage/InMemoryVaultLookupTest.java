package net.claimsnet.ledger.storage;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.TransactionState;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.util.List;

import static net.claimsnet.flows.claim.ClaimLookupKeys.claimId;
import static net.claimsnet.flows.claim.ClaimLookupKeys.member;
import static net.claimsnet.flows.claim.ClaimLookupKeys.provider;
import static net.claimsnet.flows.claim.ClaimLookupKeys.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-memory vault's indexes: what the in-JVM network's flows and desks read a member's states, a status's claims, a claim id's claim by. */
class InMemoryVaultLookupTest {

    private static final Party INSURER = party("O=Acme Health Insurance,L=Hartford,C=US");
    private static final Party PROVIDER = party("O=St. Mary Hospital,L=Boston,C=US");
    private static final Party NOTARY = party("O=Claims Notary,L=Zurich,C=CH");

    private final InMemoryVault vault = new InMemoryVault(ClaimLookupKeys.INSTANCE);

    @Test
    void a_members_unconsumed_states_are_found_by_their_member_and_leave_the_index_once_consumed() {
        CoverageState coverage = SampleClaims.coverage(INSURER, "M-1");
        StateAndRef<ContractState> covered = held(coverage);
        StateAndRef<ContractState> claim = held(SampleClaims.submitted(PROVIDER, INSURER, coverage, SampleClaims.details("M-1")));
        StateAndRef<ContractState> otherMember = held(SampleClaims.coverage(INSURER, "M-2"));
        vault.apply(List.of(), List.of(covered, claim, otherMember));

        assertThat(vault.unconsumedWithKey(ClaimState.class, member("M-1"))).containsExactly(cast(claim));
        assertThat(vault.unconsumedWithKey(CoverageState.class, member("M-1"))).containsExactly(cast(covered));
        assertThat(vault.unconsumedWithKey(CoverageState.class, member("M-3"))).isEmpty();

        vault.apply(List.of(claim.getRef()), List.of());

        assertThat(vault.unconsumedWithKey(ClaimState.class, member("M-1"))).isEmpty();
        assertThat(vault.unconsumedWithKey(CoverageState.class, member("M-1"))).containsExactly(cast(covered));
    }

    @Test
    void a_claim_is_found_by_its_status_and_claim_id_until_its_next_version_replaces_it() {
        CoverageState coverage = SampleClaims.coverage(INSURER, "M-1");
        ClaimState submitted = SampleClaims.submitted(PROVIDER, INSURER, coverage, SampleClaims.details("CLM-7", "M-1"));
        StateAndRef<ContractState> filed = held(submitted);
        StateAndRef<ContractState> otherClaim = held(SampleClaims.submitted(PROVIDER, INSURER, coverage, SampleClaims.details("CLM-8", "M-1")));
        vault.apply(List.of(), List.of(filed, otherClaim));

        assertThat(vault.unconsumedWithKey(ClaimState.class, status(ClaimStatus.SUBMITTED))).containsExactly(cast(filed), cast(otherClaim));
        assertThat(vault.unconsumedWithKey(ClaimState.class, claimId("CLM-7"))).containsExactly(cast(filed));
        assertThat(vault.unconsumedWithKey(ClaimState.class, status(ClaimStatus.PENDED))).isEmpty();
        assertThat(vault.countUnconsumedWithKey(ClaimState.class, status(ClaimStatus.SUBMITTED))).isEqualTo(2);
        assertThat(vault.countUnconsumedWithKey(ClaimState.class, status(ClaimStatus.PENDED))).isZero();
        assertThat(vault.countUnconsumedWithKey(CoverageState.class, status(ClaimStatus.SUBMITTED))).as("counted by type").isZero();
        assertThat(vault.unconsumedWithKey(ClaimState.class, provider("ST. MARY HOSPITAL"))).containsExactly(cast(filed), cast(otherClaim));
        assertThat(vault.unconsumedWithKey(ClaimState.class, provider("Lakeside Clinic"))).isEmpty();

        StateAndRef<ContractState> pended = held(submitted.withStatus(ClaimStatus.PENDED));
        vault.apply(List.of(filed.getRef()), List.of(pended));

        assertThat(vault.unconsumedWithKey(ClaimState.class, status(ClaimStatus.SUBMITTED))).containsExactly(cast(otherClaim));
        assertThat(vault.unconsumedWithKey(ClaimState.class, status(ClaimStatus.PENDED))).containsExactly(cast(pended));
        assertThat(vault.unconsumedWithKey(ClaimState.class, claimId("CLM-7"))).containsExactly(cast(pended));
    }

    @Test
    void no_member_id_stands_for_a_status_or_a_claim_id() {
        StateAndRef<ContractState> coverage = held(SampleClaims.coverage(INSURER, "SUBMITTED"));
        vault.apply(List.of(), List.of(coverage));

        assertThat(vault.unconsumedWithKey(CoverageState.class, status(ClaimStatus.SUBMITTED))).isEmpty();
        assertThat(vault.unconsumedWithKey(CoverageState.class, claimId("SUBMITTED"))).isEmpty();
        assertThat(vault.unconsumedWithKey(CoverageState.class, member("SUBMITTED"))).containsExactly(cast(coverage));
    }

    @Test
    void a_state_spent_before_it_arrives_never_enters_the_index() {
        StateAndRef<ContractState> coverage = held(SampleClaims.coverage(INSURER, "M-1"));
        vault.apply(List.of(coverage.getRef()), List.of());
        vault.apply(List.of(), List.of(coverage));

        assertThat(vault.unconsumedWithKey(CoverageState.class, member("M-1"))).isEmpty();
    }

    @Test
    void a_vault_without_lookup_key_refuses_lookups_by_key() {
        assertThatThrownBy(() -> new InMemoryVault().unconsumedWithKey(ClaimState.class, member("M-1")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no lookup key");
    }

    private static StateAndRef<ContractState> held(ContractState state) {
        return new StateAndRef<>(new TransactionState<>(state, ClaimContract.ID, NOTARY), new StateRef(SecureHash.randomSHA256(), 0));
    }

    @SuppressWarnings("unchecked")
    private static <T extends ContractState> StateAndRef<T> cast(StateAndRef<ContractState> state) {
        return (StateAndRef<T>) (StateAndRef<?>) state;
    }

    private static Party party(String name) {
        return new Party(CordaX500Name.parse(name), Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512).getPublic());
    }
}
