package net.claimsnet.states;

import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;
import net.corda.core.serialization.CordaSerializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What the provider claimed (FHIR Claim, X12 837): the header and the service lines. It is fixed
 * at submission; a correction is a new claim that replaces this one (frequency 7).
 */
@CordaSerializable
public final class ClaimDetails {

    private final String claimId;
    private final ClaimType type;
    private final ClaimUse use;
    private final Patient patient;
    private final String subscriberId;
    private final String billingProviderNpi;
    private final String payerId;
    private final List<String> diagnosisCodes;
    private final String priorAuthorizationNumber;
    private final FrequencyCode frequencyCode;
    private final UniqueIdentifier originalClaimId;
    private final List<SecureHash> attachmentHashes;
    private final List<ServiceLine> serviceLines;

    public ClaimDetails(
            String claimId,
            ClaimType type,
            ClaimUse use,
            Patient patient,
            String subscriberId,
            String billingProviderNpi,
            String payerId,
            List<String> diagnosisCodes,
            String priorAuthorizationNumber,
            FrequencyCode frequencyCode,
            UniqueIdentifier originalClaimId,
            List<SecureHash> attachmentHashes,
            List<ServiceLine> serviceLines) {
        this.claimId = Objects.requireNonNull(claimId, "claimId");
        this.type = type;
        this.use = use;
        this.patient = Objects.requireNonNull(patient, "patient");
        this.subscriberId = subscriberId;
        this.billingProviderNpi = billingProviderNpi;
        this.payerId = payerId;
        this.diagnosisCodes = diagnosisCodes == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(diagnosisCodes));
        this.priorAuthorizationNumber = priorAuthorizationNumber;
        this.frequencyCode = frequencyCode;
        this.originalClaimId = originalClaimId;
        this.attachmentHashes = attachmentHashes == null ? Collections.<SecureHash>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(attachmentHashes));
        this.serviceLines = serviceLines == null ? Collections.<ServiceLine>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(serviceLines));
    }

    /** The provider's business claim id (also the claim state's external id). */
    public String getClaimId() { return claimId; }

    public ClaimType getType() { return type; }

    public ClaimUse getUse() { return use; }

    public Patient getPatient() { return patient; }

    public String getSubscriberId() { return subscriberId; }

    /** 10-digit NPI of the billing provider. */
    public String getBillingProviderNpi() { return billingProviderNpi; }

    public String getPayerId() { return payerId; }

    /** ICD-10-CM codes, the first one principal; 1 to 12. */
    public List<String> getDiagnosisCodes() { return diagnosisCodes; }

    /** Nullable. */
    public String getPriorAuthorizationNumber() { return priorAuthorizationNumber; }

    public FrequencyCode getFrequencyCode() { return frequencyCode; }

    /** The claim this one replaces (frequency 7); null for an original claim. */
    public UniqueIdentifier getOriginalClaimId() { return originalClaimId; }

    /** Supporting documents, by hash. */
    public List<SecureHash> getAttachmentHashes() { return attachmentHashes; }

    /** 1 to 50 lines, numbered 1..n. */
    public List<ServiceLine> getServiceLines() { return serviceLines; }

    public ClaimDetails withClaimId(String claimId) {
        return new ClaimDetails(claimId, type, use, patient, subscriberId, billingProviderNpi, payerId, diagnosisCodes, priorAuthorizationNumber, frequencyCode, originalClaimId, attachmentHashes, serviceLines);
    }

    public ClaimDetails withType(ClaimType type) {
        return new ClaimDetails(claimId, type, use, patient, subscriberId, billingProviderNpi, payerId, diagnosisCodes, priorAuthorizationNumber, frequencyCode, originalClaimId, attachmentHashes, serviceLines);
    }

    public ClaimDetails withUse(ClaimUse use) {
        return new ClaimDetails(claimId, type, use, patient, subscriberId, billingProviderNpi, payerId, diagnosisCodes, priorAuthorizationNumber, frequencyCode, originalClaimId, attachmentHashes, serviceLines);
    }

    public ClaimDetails withPatient(Patient patient) {
        return new ClaimDetails(claimId, type, use, patient, subscriberId, billingProviderNpi, payerId, diagnosisCodes, priorAuthorizationNumber, frequencyCode, originalClaimId, attachmentHashes, serviceLines);
    }

    public ClaimDetails withSubscriberId(String subscriberId) {
        return new ClaimDetails(claimId, type, use, patient, subscriberId, billingProviderNpi, payerId, diagnosisCodes, priorAuthorizationNumber, frequencyCode, originalClaimId, attachmentHashes, serviceLines);
    }

    public ClaimDetails withBillingProviderNpi(String billingProviderNpi) {
        return new ClaimDetails(claimId, type, use, patient, subscriberId, billingProviderNpi, payerId, diagnosisCodes, priorAuthorizationNumber, frequencyCode, originalClaimId, attachmentHashes, serviceLines);
    }

    public ClaimDetails withPayerId(String payerId) {
        return new ClaimDetails(claimId, type, use, patient, subscriberId, billingProviderNpi, payerId, diagnosisCodes, priorAuthorizationNumber, frequencyCode, originalClaimId, attachmentHashes, serviceLines);
    }

    public ClaimDetails withDiagnosisCodes(List<String> diagnosisCodes) {
        return new ClaimDetails(claimId, type, use, patient, subscriberId, billingProviderNpi, payerId, diagnosisCodes, priorAuthorizationNumber, frequencyCode, originalClaimId, attachmentHashes, serviceLines);
    }

    public ClaimDetails withPriorAuthorizationNumber(String priorAuthorizationNumber) {
        return new ClaimDetails(claimId, type, use, patient, subscriberId, billingProviderNpi, payerId, diagnosisCodes, priorAuthorizationNumber, frequencyCode, originalClaimId, attachmentHashes, serviceLines);
    }

    public ClaimDetails withFrequencyCode(FrequencyCode frequencyCode) {
        return new ClaimDetails(claimId, type, use, patient, subscriberId, billingProviderNpi, payerId, diagnosisCodes, priorAuthorizationNumber, frequencyCode, originalClaimId, attachmentHashes, serviceLines);
    }

    public ClaimDetails withOriginalClaimId(UniqueIdentifier originalClaimId) {
        return new ClaimDetails(claimId, type, use, patient, subscriberId, billingProviderNpi, payerId, diagnosisCodes, priorAuthorizationNumber, frequencyCode, originalClaimId, attachmentHashes, serviceLines);
    }

    public ClaimDetails withAttachmentHashes(List<SecureHash> attachmentHashes) {
        return new ClaimDetails(claimId, type, use, patient, subscriberId, billingProviderNpi, payerId, diagnosisCodes, priorAuthorizationNumber, frequencyCode, originalClaimId, attachmentHashes, serviceLines);
    }

    public ClaimDetails withServiceLines(List<ServiceLine> serviceLines) {
        return new ClaimDetails(claimId, type, use, patient, subscriberId, billingProviderNpi, payerId, diagnosisCodes, priorAuthorizationNumber, frequencyCode, originalClaimId, attachmentHashes, serviceLines);
    }

    /** The sum of the line charges. */
    public BigDecimal totalCharge() {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (ServiceLine line : serviceLines) {
            total = total.add(line.getCharge());
        }
        return total;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof ClaimDetails)) return false;
        ClaimDetails that = (ClaimDetails) o;
        return Objects.equals(claimId, that.claimId)
                && Objects.equals(type, that.type)
                && Objects.equals(use, that.use)
                && Objects.equals(patient, that.patient)
                && Objects.equals(subscriberId, that.subscriberId)
                && Objects.equals(billingProviderNpi, that.billingProviderNpi)
                && Objects.equals(payerId, that.payerId)
                && Objects.equals(diagnosisCodes, that.diagnosisCodes)
                && Objects.equals(priorAuthorizationNumber, that.priorAuthorizationNumber)
                && Objects.equals(frequencyCode, that.frequencyCode)
                && Objects.equals(originalClaimId, that.originalClaimId)
                && Objects.equals(attachmentHashes, that.attachmentHashes)
                && Objects.equals(serviceLines, that.serviceLines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(claimId, type, use, patient, subscriberId, billingProviderNpi, payerId, diagnosisCodes, priorAuthorizationNumber, frequencyCode, originalClaimId, attachmentHashes, serviceLines);
    }

    @Override
    public String toString() {
        return "ClaimDetails(claimId=" + claimId
                + ", type=" + type
                + ", use=" + use
                + ", patient=" + patient
                + ", subscriberId=" + subscriberId
                + ", billingProviderNpi=" + billingProviderNpi
                + ", payerId=" + payerId
                + ", diagnosisCodes=" + diagnosisCodes
                + ", priorAuthorizationNumber=" + priorAuthorizationNumber
                + ", frequencyCode=" + frequencyCode
                + ", originalClaimId=" + originalClaimId
                + ", attachmentHashes=" + attachmentHashes
                + ", serviceLines=" + serviceLines + ")";
    }
}
