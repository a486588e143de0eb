package net.claimsnet.node.server;

import net.claimsnet.flows.claim.ClaimLookupKeys;
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

/**
 * The insurer's claim history for duplicate detection, read from its vault: the live claims
 * (voided and replaced ones no longer count) with the same member, billing provider, procedure and date.
 * Only the member's claims are read (the vault's member index, {@code ClaimLookupKeys}).
 */
final class VaultClaimHistory implements ClaimHistory {

    private static final Set<ClaimStatus> NOT_COUNTED = EnumSet.of(ClaimStatus.VOIDED, ClaimStatus.REPLACED);

    private final VaultStore vault;

    VaultClaimHistory(VaultStore vault) {
        this.vault = vault;
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
                        && service.dateOfService().equals(line.getDateOfService())) {
                    return Optional.of(details.getClaimId());
                }
            }
        }
        return Optional.empty();
    }
}
