package net.claimsnet.flows.rules.drools;

import net.claimsnet.rules.model.BenefitAccumulators;
import net.claimsnet.rules.model.ClaimInput;
import net.claimsnet.rules.model.Coverage;
import net.claimsnet.rules.model.ServiceLineInput;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place where ledger states become the rules' inputs: the claim details, the coverage and
 * the accumulator. The rules share the ledger's enumerations (claim type, sex, frequency), so only
 * the shapes differ; what the ledger does not hold (the plan on the card, network status) is given.
 */
public final class RuleInputs {

    private RuleInputs() {
    }

    /** The ledger claim as the rules read it, line for line in the ledger's order. */
    public static ClaimInput claim(ClaimDetails claim, String planId, boolean providerInNetwork) {
        Patient patient = claim.getPatient();
        List<ServiceLineInput> lines = new ArrayList<>();
        for (ServiceLine line : claim.getServiceLines()) {
            lines.add(new ServiceLineInput(line.getProcedureCode(), line.getModifiers(), line.getUnits(),
                    line.getCharge(), line.getDateOfService(), line.getPlaceOfService(), line.getDiagnosisPointers()));
        }
        return new ClaimInput(
                claim.getClaimId(),
                claim.getType(),
                patient == null ? null : patient.getMemberId(),
                patient == null ? null : patient.getBirthDate(),
                patient == null ? null : patient.getSex(),
                claim.getBillingProviderNpi(),
                providerInNetwork,
                claim.getPayerId(),
                planId,
                claim.getDiagnosisCodes(),
                claim.getPriorAuthorizationNumber(),
                claim.getFrequencyCode(),
                claim.getOriginalClaimId() == null ? null : claim.getOriginalClaimId().toString(),
                lines);
    }

    /** The member's coverage: member, plan and period. */
    public static Coverage coverage(CoverageState coverage) {
        return new Coverage(coverage.getMemberId(), coverage.getPlanId(), coverage.getPeriodStart(), coverage.getPeriodEnd());
    }

    /**
     * The accumulator as the rules must see it: without what the claim's previous adjudication added
     * (its PR-1 total to the deductible, its patient responsibility to the out-of-pocket), so that a
     * re-adjudication does not count the claim twice.
     */
    public static BenefitAccumulators accumulatorsBefore(BenefitAccumulatorState accumulator, BigDecimal previousDeductible,
                                                         BigDecimal previousPatientResponsibility) {
        return new BenefitAccumulators(accumulator.getPlanYear(),
                accumulator.getDeductibleMet().subtract(previousDeductible),
                accumulator.getOutOfPocketMet().subtract(previousPatientResponsibility),
                accumulator.getVisitsUsed(), Map.of());
    }
}
