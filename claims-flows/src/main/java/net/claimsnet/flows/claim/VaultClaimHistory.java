package net.claimsnet.flows.claim;

import net.claimsnet.ledger.storage.VaultStore;
import net.claimsnet.rules.ClaimHistory;
import net.claimsnet.rules.ServiceKey;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.ServiceLine;
import net.corda.core.contracts.StateAndRef;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The insurer's claim history for duplicate detection, read from its vault: the live claims
 * (voided and replaced ones no longer count) with the same member, billing provider, procedure and date.
 * Only the member's claims are read (the vault's member index, {@code ClaimLookupKeys}). The rules'
 * duplicate edit asks it of every claim; the claims desk's check of an adjuster's decision asks
 * {@link #paidServices} (a service counts once another claim was paid for it).
 */
public final class VaultClaimHistory implements ClaimHistory {

    private static final Set<ClaimStatus> NOT_COUNTED = EnumSet.of(ClaimStatus.VOIDED, ClaimStatus.REPLACED);

    private final VaultStore vault;
    private final BiPredicate<ClaimState, ServiceLine> counted;

    public VaultClaimHistory(VaultStore vault) {
        this(vault, (claim, line) -> true);
    }

    private VaultClaimHistory(VaultStore vault, BiPredicate<ClaimState, ServiceLine> counted) {
        this.vault = vault;
        this.counted = counted;
    }

    /** The same history counting only services a claim's adjudication paid something for. */
    public static VaultClaimHistory paidServices(VaultStore vault) {
        return new VaultClaimHistory(vault, (claim, line) -> claim.getAdjudication() != null
                && claim.getAdjudication().getLines().stream().anyMatch(decided -> decided.getSequence() == line.getSequence()
                        && decided.getPaid() != null && decided.getPaid().signum() > 0));
    }

    @Override
    public Optional<String> findClaimWithService(ServiceKey service, Set<String> excludedClaimIds) {
        for (StateAndRef<ClaimState> claim : vault.unconsumedWithKey(ClaimState.class, ClaimLookupKeys.member(service.memberId()))) {
            ClaimState state = claim.getState().getData();
            ClaimDetails details = state.getClaim();
            if (NOT_COUNTED.contains(state.getStatus()) || excludedClaimIds.contains(details.getClaimId())
                    || details.getPatient() == null
                    || !service.memberId().equals(details.getPatient().getMemberId())
                    || !service.billingProviderNpi().equals(details.getBillingProviderNpi())) {
                continue;
            }
            for (ServiceLine line : details.getServiceLines()) {
                if (service.procedureCode().equals(line.getProcedureCode())
                        && service.dateOfService().equals(line.getDateOfService()) && counted.test(state, line)) {
                    return Optional.of(details.getClaimId());
                }
            }
        }
        return Optional.empty();
    }
}
