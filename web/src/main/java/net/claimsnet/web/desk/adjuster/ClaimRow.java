package net.claimsnet.web.desk.adjuster;

import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.ServiceLine;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** One claim as the adjuster's tables show it (queue, payments, a member's claims): plain values with getters. */
public final class ClaimRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The queue's order: oldest service first, then the provider's claim id, then the ledger id (as the desk orders). */
    static final Comparator<ClaimRow> OLDEST_SERVICE_FIRST =
            Comparator.comparing(ClaimRow::getFirstDateOfService, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(ClaimRow::getClaimId)
                    .thenComparing(ClaimRow::getLedgerId);

    private final String ledgerId;
    private final String claimId;
    private final ClaimStatus status;
    private final String provider;
    private final String memberId;
    private final LocalDate firstDateOfService;
    private final Long ageDays;
    private final BigDecimal totalCharge;
    private final BigDecimal insurerPays;
    private final BigDecimal patientPays;
    private final List<String> pendCodes;
    private final String pendNote;

    ClaimRow(String ledgerId, String claimId, ClaimStatus status, String provider, String memberId,
             LocalDate firstDateOfService, Long ageDays, BigDecimal totalCharge, BigDecimal insurerPays,
             BigDecimal patientPays, List<String> pendCodes, String pendNote) {
        this.ledgerId = ledgerId;
        this.claimId = claimId;
        this.status = status;
        this.provider = provider;
        this.memberId = memberId;
        this.firstDateOfService = firstDateOfService;
        this.ageDays = ageDays;
        this.totalCharge = totalCharge;
        this.insurerPays = insurerPays;
        this.patientPays = patientPays;
        this.pendCodes = pendCodes == null ? List.of() : List.copyOf(pendCodes);
        this.pendNote = pendNote;
    }

    /** The claim's row as of {@code today} (its age counts the days since its first date of service). */
    static ClaimRow of(ClaimState claim, LocalDate today) {
        LocalDate first = claim.getClaim().getServiceLines().stream().map(ServiceLine::getDateOfService)
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        BigDecimal total = claim.getClaim().getServiceLines().stream().map(ServiceLine::getCharge)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean decided = claim.getAdjudication() != null;
        return new ClaimRow(ClaimDesk.idOf(claim), claim.getClaim().getClaimId(), claim.getStatus(),
                claim.getProvider().getName().getOrganisation(), claim.getClaim().getPatient().getMemberId(),
                first, first == null ? null : ChronoUnit.DAYS.between(first, today), total,
                decided ? claim.getAdjudication().totalPaid() : null,
                decided ? claim.getAdjudication().totalPatientResponsibility() : null,
                claim.getPendReason() == null ? List.of() : claim.getPendReason().getCodes(),
                claim.getPendReason() == null ? null : claim.getPendReason().getNote());
    }

    public String getLedgerId() {
        return ledgerId;
    }

    public String getClaimId() {
        return claimId;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public String getProvider() {
        return provider;
    }

    public String getMemberId() {
        return memberId;
    }

    public LocalDate getFirstDateOfService() {
        return firstDateOfService;
    }

    /** Days since the first date of service; null for a claim without one. */
    public Long getAgeDays() {
        return ageDays;
    }

    public BigDecimal getTotalCharge() {
        return totalCharge;
    }

    /** What the adjudication pays; null until adjudicated. */
    public BigDecimal getInsurerPays() {
        return insurerPays;
    }

    public BigDecimal getPatientPays() {
        return patientPays;
    }

    public List<String> getPendCodes() {
        return pendCodes;
    }

    public String getPendCodesText() {
        return String.join(", ", pendCodes);
    }

    public String getPendNote() {
        return pendNote;
    }
}
