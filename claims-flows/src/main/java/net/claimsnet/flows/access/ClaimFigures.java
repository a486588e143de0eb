package net.claimsnet.flows.access;

import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.serialization.CordaSerializable;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the auditor learns of a claim in a transaction no grant opens to it: which claim (its ledger id,
 * a random number), whose (provider and insurer), where it stands and the money: charged, paid by the
 * insurer, left to the patient, settled. No patient, member, diagnosis, procedure or date of service:
 * nothing HIPAA counts as an identifier or as health information.
 */
@CordaSerializable
public final class ClaimFigures {

    private final int outputIndex;
    private final UniqueIdentifier claimId;
    private final CordaX500Name provider;
    private final CordaX500Name insurer;
    private final ClaimStatus status;
    private final BigDecimal charged;
    private final BigDecimal paid;
    private final BigDecimal patientShare;
    private final BigDecimal settled;

    public ClaimFigures(int outputIndex, UniqueIdentifier claimId, CordaX500Name provider, CordaX500Name insurer,
                        ClaimStatus status, BigDecimal charged, BigDecimal paid, BigDecimal patientShare, BigDecimal settled) {
        this.outputIndex = outputIndex;
        this.claimId = Objects.requireNonNull(claimId, "claimId");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.insurer = Objects.requireNonNull(insurer, "insurer");
        this.status = Objects.requireNonNull(status, "status");
        this.charged = Objects.requireNonNull(charged, "charged");
        this.paid = paid;
        this.patientShare = patientShare;
        this.settled = settled;
    }

    /** The figures of a claim that is output {@code index} of its transaction. */
    public static ClaimFigures of(int index, ClaimState claim) {
        // The ledger id only: an external id could carry the provider's patient account number.
        return new ClaimFigures(index, new UniqueIdentifier(null, claim.getLinearId().getId()),
                claim.getProvider().getName(), claim.getInsurer().getName(),
                claim.getStatus(), claim.getClaim().totalCharge(),
                claim.getAdjudication() == null ? null : claim.getAdjudication().totalPaid(),
                claim.getAdjudication() == null ? null : claim.getAdjudication().totalPatientResponsibility(),
                claim.getSettlement() == null ? null : claim.getSettlement().getAmount());
    }

    public int getOutputIndex() { return outputIndex; }

    public UniqueIdentifier getClaimId() { return claimId; }

    public CordaX500Name getProvider() { return provider; }

    public CordaX500Name getInsurer() { return insurer; }

    public ClaimStatus getStatus() { return status; }

    public BigDecimal getCharged() { return charged; }

    /** What the insurer pays, once adjudicated; null before. */
    public BigDecimal getPaid() { return paid; }

    /** What is left to the patient, once adjudicated; null before. */
    public BigDecimal getPatientShare() { return patientShare; }

    /** The payment made, once settled; null before. */
    public BigDecimal getSettled() { return settled; }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ClaimFigures)) {
            return false;
        }
        ClaimFigures other = (ClaimFigures) o;
        return outputIndex == other.outputIndex && claimId.equals(other.claimId) && provider.equals(other.provider)
                && insurer.equals(other.insurer) && status == other.status && charged.compareTo(other.charged) == 0
                && sameAmount(paid, other.paid) && sameAmount(patientShare, other.patientShare) && sameAmount(settled, other.settled);
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(outputIndex, claimId, status);
    }

    @Override
    public String toString() {
        return "ClaimFigures(" + claimId + " " + status + " output " + outputIndex + ")";
    }
}
