package net.claimsnet.web.desk.audit;

import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.ServiceLine;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One claim in a search result, as the table shows it (getters, so EL reads it). */
public final class ClaimRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String ledgerId;
    private final String claimId;
    private final String memberId;
    private final String provider;
    private final ClaimStatus status;
    private final LocalDate firstDateOfService;
    private final BigDecimal charge;

    public ClaimRow(ClaimState claim) {
        this.ledgerId = ClaimDesk.idOf(claim);
        this.claimId = claim.getClaim().getClaimId();
        this.memberId = claim.getClaim().getPatient().getMemberId();
        this.provider = claim.getProvider().getName().getOrganisation();
        this.status = claim.getStatus();
        this.firstDateOfService = claim.getClaim().getServiceLines().stream().map(ServiceLine::getDateOfService)
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        this.charge = claim.getClaim().getServiceLines().stream().map(ServiceLine::getCharge)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String getLedgerId() {
        return ledgerId;
    }

    public String getClaimId() {
        return claimId;
    }

    public String getMemberId() {
        return memberId;
    }

    public String getProvider() {
        return provider;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public LocalDate getFirstDateOfService() {
        return firstDateOfService;
    }

    public BigDecimal getCharge() {
        return charge;
    }
}
