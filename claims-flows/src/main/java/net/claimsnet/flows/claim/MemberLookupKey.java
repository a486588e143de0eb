package net.claimsnet.flows.claim;

import net.claimsnet.ledger.storage.VaultLookupKey;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.ContractState;

/**
 * A claims node's vault is looked up by member: the insurer's flows read a member's coverage,
 * benefit accumulator and earlier claims (duplicate edits) for every claim they adjudicate, and a
 * scan of every claim the node ever held grew with the ledger (./bench network: a third of the
 * insurer's CPU). Claims, coverages and accumulators are keyed by their member id; other states have no key.
 */
public final class MemberLookupKey implements VaultLookupKey {

    public static final MemberLookupKey INSTANCE = new MemberLookupKey();

    private MemberLookupKey() {
    }

    @Override
    public String of(ContractState state) {
        if (state instanceof ClaimState claim) {
            return claim.getClaim() == null || claim.getClaim().getPatient() == null
                    ? null : claim.getClaim().getPatient().getMemberId();
        }
        if (state instanceof CoverageState coverage) {
            return coverage.getMemberId();
        }
        if (state instanceof BenefitAccumulatorState accumulator) {
            return accumulator.getMemberId();
        }
        return null;
    }
}
