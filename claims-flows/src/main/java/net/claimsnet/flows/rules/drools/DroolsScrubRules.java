package net.claimsnet.flows.rules.drools;

import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.flows.rules.ScrubRulesPort;
import net.claimsnet.rules.ClaimScrubber;
import net.claimsnet.rules.model.ClaimInput;
import net.claimsnet.rules.model.ClaimType;
import net.claimsnet.rules.model.Finding;
import net.claimsnet.rules.model.FrequencyCode;
import net.claimsnet.rules.model.ServiceLineInput;
import net.claimsnet.rules.model.Sex;
import net.claimsnet.rules.model.ScrubRequest;
import net.claimsnet.rules.model.ScrubResult;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@link ScrubRulesPort} on the Drools scrubber ({@code config/rules/scrub}). The ledger's claim
 * details carry no plan id and no network status, which the rules check: the provider supplies
 * them (from the patient's card and its own contracts) through {@code planIdOf} and
 * {@code inNetwork}. A claim whose plan is unknown gets the rules' own "planId" finding.
 */
public final class DroolsScrubRules implements ScrubRulesPort {

    private final ClaimScrubber scrubber;
    private final Function<ClaimDetails, String> planIdOf;
    private final Predicate<String> inNetwork;

    /**
     * @param planIdOf  the plan id for the claim (null when unknown)
     * @param inNetwork whether the billing provider (NPI) is in the payer's network
     */
    public DroolsScrubRules(ClaimScrubber scrubber, Function<ClaimDetails, String> planIdOf, Predicate<String> inNetwork) {
        this.scrubber = Objects.requireNonNull(scrubber, "scrubber");
        this.planIdOf = Objects.requireNonNull(planIdOf, "planIdOf");
        this.inNetwork = Objects.requireNonNull(inNetwork, "inNetwork");
    }

    /** Every billing provider in network. */
    public DroolsScrubRules(ClaimScrubber scrubber, Function<ClaimDetails, String> planIdOf) {
        this(scrubber, planIdOf, npi -> true);
    }

    @Override
    public List<ScrubFinding> scrub(ClaimDetails claim, LocalDate today) {
        ScrubResult result = scrubber.scrub(new ScrubRequest(
                claimInput(claim, planIdOf.apply(claim), inNetwork.test(claim.getBillingProviderNpi())), today));
        List<ScrubFinding> findings = new ArrayList<>(result.findings().size());
        for (Finding finding : result.findings()) {
            findings.add(new ScrubFinding(finding.rule(), finding.fieldPath(), finding.message(),
                    finding.severity() == net.claimsnet.rules.model.Severity.ERROR
                            ? ScrubFinding.Severity.ERROR : ScrubFinding.Severity.WARNING));
        }
        return findings;
    }

    /** The ledger claim as the rules read it, line for line in the ledger's order. */
    static ClaimInput claimInput(ClaimDetails claim, String planId, boolean providerInNetwork) {
        Patient patient = claim.getPatient();
        List<ServiceLineInput> lines = new ArrayList<>();
        for (ServiceLine line : claim.getServiceLines()) {
            lines.add(new ServiceLineInput(line.getProcedureCode(), line.getModifiers(), line.getUnits(),
                    line.getCharge(), line.getDateOfService(), line.getPlaceOfService(), line.getDiagnosisPointers()));
        }
        return new ClaimInput(
                claim.getClaimId(),
                claim.getType() == null ? null : ClaimType.valueOf(claim.getType().name()),
                patient == null ? null : patient.getMemberId(),
                patient == null ? null : patient.getBirthDate(),
                patient == null ? null : sex(patient.getSex()),
                claim.getBillingProviderNpi(),
                providerInNetwork,
                claim.getPayerId(),
                planId,
                claim.getDiagnosisCodes(),
                claim.getPriorAuthorizationNumber(),
                claim.getFrequencyCode() == null ? null : FrequencyCode.valueOf(claim.getFrequencyCode().name()),
                claim.getOriginalClaimId() == null ? null : claim.getOriginalClaimId().toString(),
                lines);
    }

    private static Sex sex(net.claimsnet.states.Sex sex) {
        if (sex == null) {
            return null;
        }
        switch (sex) {
            case F:
                return Sex.FEMALE;
            case M:
                return Sex.MALE;
            default:
                return Sex.UNKNOWN;
        }
    }
}
