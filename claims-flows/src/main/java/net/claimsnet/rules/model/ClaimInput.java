package net.claimsnet.rules.model;

import net.claimsnet.states.ClaimType;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.Sex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A claim as the rules see it: the flows map the ledger's claim details to this in one place
 * ({@code flows.rules.drools.RuleInputs}), and its enumerations are the ledger's own.
 * Fields may be missing (null) so that the scrubber can say which ones are.
 *
 * @param claimId                    the claim's business id
 * @param claimType                  professional or institutional
 * @param memberId                   the insurer's member id of the patient
 * @param patientBirthDate           the patient's date of birth (age edits)
 * @param patientSex                 the patient's sex (sex edits)
 * @param billingProviderNpi         10-digit NPI of the billing provider
 * @param providerInNetwork          whether the billing provider is in the plan's network
 * @param payerId                    the payer the claim is addressed to
 * @param planId                     the member's plan, as printed on the card
 * @param diagnosisCodes             ICD-10-CM codes, at most 12, the first one principal
 * @param priorAuthorizationNumber   the payer's authorization number, if one was obtained
 * @param frequencyCode              original, replacement (7) or void (8)
 * @param originalClaimId            the claim replaced or voided, for frequency 7 and 8
 * @param serviceLines               the billed services, in order
 */
public record ClaimInput(
        String claimId,
        ClaimType claimType,
        String memberId,
        LocalDate patientBirthDate,
        Sex patientSex,
        String billingProviderNpi,
        boolean providerInNetwork,
        String payerId,
        String planId,
        List<String> diagnosisCodes,
        String priorAuthorizationNumber,
        FrequencyCode frequencyCode,
        String originalClaimId,
        List<ServiceLineInput> serviceLines) {

    public ClaimInput {
        diagnosisCodes = ServiceLineInput.copyOf(diagnosisCodes);
        serviceLines = ServiceLineInput.copyOf(serviceLines);
        if (frequencyCode == null) {
            frequencyCode = FrequencyCode.ORIGINAL;
        }
    }

    /** The sum of the line charges that are present. */
    public BigDecimal totalCharge() {
        BigDecimal total = Money.ZERO;
        for (ServiceLineInput line : serviceLines) {
            if (line != null && line.charge() != null) {
                total = total.add(line.charge());
            }
        }
        return total;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().claimId(claimId).claimType(claimType).memberId(memberId)
                .patientBirthDate(patientBirthDate).patientSex(patientSex).billingProviderNpi(billingProviderNpi)
                .providerInNetwork(providerInNetwork).payerId(payerId).planId(planId).diagnosisCodes(diagnosisCodes)
                .priorAuthorizationNumber(priorAuthorizationNumber).frequencyCode(frequencyCode)
                .originalClaimId(originalClaimId).serviceLines(serviceLines);
    }

    /** Builds a claim; professional, original and in network unless told otherwise. */
    public static final class Builder {
        private String claimId;
        private ClaimType claimType = ClaimType.PROFESSIONAL;
        private String memberId;
        private LocalDate patientBirthDate;
        private Sex patientSex;
        private String billingProviderNpi;
        private boolean providerInNetwork = true;
        private String payerId;
        private String planId;
        private List<String> diagnosisCodes = List.of();
        private String priorAuthorizationNumber;
        private FrequencyCode frequencyCode = FrequencyCode.ORIGINAL;
        private String originalClaimId;
        private List<ServiceLineInput> serviceLines = new ArrayList<>();

        public Builder claimId(String claimId) {
            this.claimId = claimId;
            return this;
        }

        public Builder claimType(ClaimType claimType) {
            this.claimType = claimType;
            return this;
        }

        public Builder memberId(String memberId) {
            this.memberId = memberId;
            return this;
        }

        public Builder patientBirthDate(LocalDate patientBirthDate) {
            this.patientBirthDate = patientBirthDate;
            return this;
        }

        public Builder patientSex(Sex patientSex) {
            this.patientSex = patientSex;
            return this;
        }

        public Builder billingProviderNpi(String billingProviderNpi) {
            this.billingProviderNpi = billingProviderNpi;
            return this;
        }

        public Builder providerInNetwork(boolean providerInNetwork) {
            this.providerInNetwork = providerInNetwork;
            return this;
        }

        public Builder payerId(String payerId) {
            this.payerId = payerId;
            return this;
        }

        public Builder planId(String planId) {
            this.planId = planId;
            return this;
        }

        public Builder diagnosisCodes(List<String> diagnosisCodes) {
            this.diagnosisCodes = diagnosisCodes;
            return this;
        }

        public Builder diagnosisCodes(String... diagnosisCodes) {
            return diagnosisCodes(List.of(diagnosisCodes));
        }

        public Builder priorAuthorizationNumber(String priorAuthorizationNumber) {
            this.priorAuthorizationNumber = priorAuthorizationNumber;
            return this;
        }

        public Builder frequencyCode(FrequencyCode frequencyCode) {
            this.frequencyCode = frequencyCode;
            return this;
        }

        public Builder originalClaimId(String originalClaimId) {
            this.originalClaimId = originalClaimId;
            return this;
        }

        public Builder serviceLines(List<ServiceLineInput> serviceLines) {
            this.serviceLines = new ArrayList<>(serviceLines);
            return this;
        }

        public Builder line(ServiceLineInput line) {
            this.serviceLines.add(line);
            return this;
        }

        public ClaimInput build() {
            return new ClaimInput(claimId, claimType, memberId, patientBirthDate, patientSex, billingProviderNpi,
                    providerInNetwork, payerId, planId, diagnosisCodes, priorAuthorizationNumber, frequencyCode,
                    originalClaimId, serviceLines);
        }
    }
}
