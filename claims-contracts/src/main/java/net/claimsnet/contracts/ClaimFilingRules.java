package net.claimsnet.contracts;

import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.ServiceLine;
import net.corda.core.contracts.Requirements;
import net.corda.core.transactions.LedgerTransaction;

import java.security.PublicKey;
import java.util.List;

import static net.claimsnet.contracts.ClaimContract.MAX_DIAGNOSES;
import static net.claimsnet.contracts.ClaimContract.MAX_DIAGNOSIS_POINTERS;
import static net.claimsnet.contracts.ClaimContract.MAX_MODIFIERS;
import static net.claimsnet.contracts.ClaimContract.MAX_SERVICE_LINES;
import static net.claimsnet.contracts.ClaimContract.isCents;
import static net.claimsnet.contracts.ClaimContract.isPresent;
import static net.claimsnet.contracts.ClaimContract.requireLifecycle;
import static net.corda.core.contracts.ContractsDSL.requireThat;

/**
 * {@link ClaimContract}'s rules for the commands that file a claim, Submit (an original) and Replace
 * (a correction ending the original): what a new claim must carry, header and lines, and under which
 * coverage it is filed.
 */
final class ClaimFilingRules {

    private ClaimFilingRules() {
    }

    static void verifySubmit(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            require.using("No claim may be consumed by a submission", tx.inputsOfType(ClaimState.class).isEmpty());
            require.using("A submission must produce exactly one claim", tx.outputsOfType(ClaimState.class).size() == 1);
            ClaimState claim = tx.outputsOfType(ClaimState.class).get(0);
            require.using("A submitted claim must have status SUBMITTED", claim.getStatus() == ClaimStatus.SUBMITTED);
            require.using("A submitted claim must carry no adjudication, settlement, appeal or information request",
                    carriesNoDecision(claim));
            require.using("A new claim must carry no pend reason", claim.getPendReason() == null);
            require.using("A submitted claim must be an original (frequency code 1) naming no original claim; "
                            + "replacements and voids have their own commands",
                    claim.getClaim().getFrequencyCode() == FrequencyCode.ORIGINAL
                            && claim.getClaim().getOriginalClaimId() == null);
            verifyFiling(require, claim);

            List<CoverageState> coverages = tx.referenceInputsOfType(CoverageState.class);
            require.using("A submission must reference exactly one coverage", coverages.size() == 1);
            CoverageState coverage = coverages.get(0);
            require.using("The referenced coverage must be the one the claim is filed under",
                    coverage.getLinearId().equals(claim.getCoverageId()));
            require.using("The referenced coverage must be held by the claim's insurer",
                    coverage.getInsurer().equals(claim.getInsurer()));
            require.using("The referenced coverage must be for the claim's patient",
                    coverage.getMemberId().equals(claim.getClaim().getPatient().getMemberId()));
            // Proof of timely filing: the notary signs only inside the window.
            require.using("A submission must have a time window", tx.getTimeWindow() != null);
            require.using("The provider and the insurer must both sign a submission",
                    signers.contains(claim.getProvider().getOwningKey())
                            && signers.contains(claim.getInsurer().getOwningKey()));
            return null;
        });
    }

    /**
     * Replace is X12 claim frequency 7: the original ends as REPLACED and a corrected claim, with
     * its own identity, starts as SUBMITTED, naming the original. The correction is filed under the
     * original's coverage, which the original's submission already proved.
     */
    static void verifyReplace(LedgerTransaction tx, List<PublicKey> signers) {
        requireThat(require -> {
            require.using("Exactly one claim must be consumed", tx.inputsOfType(ClaimState.class).size() == 1);
            List<ClaimState> outputs = tx.outputsOfType(ClaimState.class);
            require.using("Exactly two claims must be produced: the original and its replacement", outputs.size() == 2);
            ClaimState input = tx.inputsOfType(ClaimState.class).get(0);
            requireLifecycle(require, ClaimLifecycle.REPLACE, input);
            ClaimState original = outputs.get(0).getLinearId().equals(input.getLinearId()) ? outputs.get(0) : outputs.get(1);
            ClaimState replacement = original == outputs.get(0) ? outputs.get(1) : outputs.get(0);
            require.using("The original claim must be kept with status REPLACED and nothing else changed",
                    original.equals(input.withStatus(ClaimStatus.REPLACED)));
            require.using("The replacement must have a new identifier",
                    !replacement.getLinearId().equals(input.getLinearId()));
            require.using("The replacement must have status SUBMITTED", replacement.getStatus() == ClaimStatus.SUBMITTED);
            require.using("The replacement must carry no adjudication, settlement, appeal or information request",
                    carriesNoDecision(replacement));
            require.using("A new claim must carry no pend reason", replacement.getPendReason() == null);
            require.using("The replacement must have frequency code 7 and name the original claim",
                    replacement.getClaim().getFrequencyCode() == FrequencyCode.REPLACEMENT
                            && input.getLinearId().equals(replacement.getClaim().getOriginalClaimId()));
            require.using("The replacement must have the same provider and insurer",
                    replacement.getProvider().equals(input.getProvider())
                            && replacement.getInsurer().equals(input.getInsurer()));
            require.using("The replacement must be for the same member",
                    replacement.getClaim().getPatient().getMemberId()
                            .equals(input.getClaim().getPatient().getMemberId()));
            require.using("The replacement must be filed under the original's coverage",
                    input.getCoverageId() != null && input.getCoverageId().equals(replacement.getCoverageId()));
            verifyFiling(require, replacement);
            require.using("The provider and the insurer must both sign a replacement",
                    signers.contains(input.getProvider().getOwningKey())
                            && signers.contains(input.getInsurer().getOwningKey()));
            return null;
        });
    }

    /** What a newly filed claim (an original or a replacement) must satisfy, header and lines. */
    private static void verifyFiling(Requirements require, ClaimState claim) {
        ClaimDetails details = claim.getClaim();
        require.using("The claim's external id must be its claim id",
                details.getClaimId().equals(claim.getLinearId().getExternalId()));
        require.using("The provider and the insurer must be different parties",
                !claim.getProvider().equals(claim.getInsurer()));
        require.using("The claim must name the coverage it is filed under", claim.getCoverageId() != null);
        require.using("The billing provider NPI must be 10 digits", isDigits(details.getBillingProviderNpi(), 10));
        List<String> diagnoses = details.getDiagnosisCodes();
        require.using("A claim must have between 1 and 12 diagnosis codes",
                !diagnoses.isEmpty() && diagnoses.size() <= MAX_DIAGNOSES);
        List<ServiceLine> lines = details.getServiceLines();
        require.using("A claim must have between 1 and 50 service lines",
                !lines.isEmpty() && lines.size() <= MAX_SERVICE_LINES);
        boolean numbered = true;
        for (int i = 0; i < lines.size(); i++) {
            numbered &= lines.get(i).getSequence() == i + 1;
        }
        require.using("Service lines must be numbered 1 to n in order", numbered);
        for (ServiceLine line : lines) {
            String onLine = " on line " + line.getSequence();
            require.using("A procedure code is required" + onLine, isPresent(line.getProcedureCode()));
            require.using("A date of service is required" + onLine, line.getDateOfService() != null);
            require.using("Units must be greater than zero" + onLine, line.getUnits() > 0);
            require.using("Charge must be greater than zero" + onLine,
                    line.getCharge() != null && line.getCharge().signum() > 0);
            require.using("Charge must have at most 2 decimal places" + onLine, isCents(line.getCharge()));
            require.using("At most 4 modifiers are allowed" + onLine, line.getModifiers().size() <= MAX_MODIFIERS);
            List<Integer> pointers = line.getDiagnosisPointers();
            require.using("Between 1 and 4 diagnosis pointers are required" + onLine,
                    !pointers.isEmpty() && pointers.size() <= MAX_DIAGNOSIS_POINTERS);
            boolean pointersValid = true;
            for (Integer pointer : pointers) {
                pointersValid &= pointer != null && pointer >= 1 && pointer <= diagnoses.size();
            }
            require.using("Diagnosis pointers must point at the claim's diagnosis codes" + onLine, pointersValid);
        }
    }

    private static boolean carriesNoDecision(ClaimState claim) {
        return claim.getAdjudication() == null && claim.getSettlement() == null && claim.getAppeal() == null
                && claim.getInformationRequests().isEmpty();
    }

    private static boolean isDigits(String text, int length) {
        if (text == null || text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
