package net.claimsnet.flows.claim;

import net.claimsnet.ledger.storage.VaultLookupKey;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.MemberConsentState;
import net.corda.core.contracts.ContractState;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a claims node's vault is looked up by. By member: the insurer's flows read a member's
 * coverage, benefit accumulator and earlier claims (duplicate edits) for every claim they
 * adjudicate, and a scan of every claim the node ever held grew with the ledger (./bench network:
 * a third of the insurer's CPU). By status, business claim id and provider: the claims desk's
 * queues ("every pended claim"), look-ups ("claim CLM-…") and an insurer's or auditor's view of one
 * provider would otherwise read every current claim.
 *
 * <p>Each kind of key has its own prefix, so that no member id can stand for a status or a claim id.
 * A JPA vault writes a state's keys when it records the state: a new kind of key needs a migration
 * that has the node index every current state again when it starts (as V6 did for the provider).
 */
public final class ClaimLookupKeys implements VaultLookupKey {

    public static final ClaimLookupKeys INSTANCE = new ClaimLookupKeys();

    private ClaimLookupKeys() {
    }

    /** The key of a member's claims, coverages, accumulators and consents. */
    public static String member(String memberId) {
        return "member:" + memberId;
    }

    /** The key of the current claims in a status. */
    public static String status(ClaimStatus status) {
        return "status:" + status.name();
    }

    /** The key of a claim by the business id its provider gave it (the same id may name an original and its replacement). */
    public static String claimId(String claimId) {
        return "claim:" + claimId;
    }

    /** The key of the current claims of a provider, by its organisation name (in any case). */
    public static String provider(String organisation) {
        return "provider:" + organisation.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public Set<String> keysOf(ContractState state) {
        if (state instanceof ClaimState claim) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(status(claim.getStatus()));
            keys.add(provider(claim.getProvider().getName().getOrganisation()));
            if (claim.getClaim() != null) {
                if (claim.getClaim().getClaimId() != null) {
                    keys.add(claimId(claim.getClaim().getClaimId()));
                }
                if (claim.getClaim().getPatient() != null) {
                    keys.add(member(claim.getClaim().getPatient().getMemberId()));
                }
            }
            return keys;
        }
        if (state instanceof CoverageState coverage) {
            return Set.of(member(coverage.getMemberId()));
        }
        if (state instanceof BenefitAccumulatorState accumulator) {
            return Set.of(member(accumulator.getMemberId()));
        }
        // A kind of state new with its key: no consent was recorded before, so none needs indexing again.
        if (state instanceof MemberConsentState consent && consent.getMemberId() != null) {
            return Set.of(member(consent.getMemberId()));
        }
        return Set.of();
    }
}
