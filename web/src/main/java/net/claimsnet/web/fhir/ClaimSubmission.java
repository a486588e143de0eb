package net.claimsnet.web.fhir;

import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.node.desk.FilingResult;
import net.claimsnet.rules.model.Severity;
import net.claimsnet.rules.reference.ReferenceData;
import net.claimsnet.web.fhir.mapping.ClaimMapper;
import net.claimsnet.web.fhir.mapping.FhirMappingException;
import net.claimsnet.web.fhir.mapping.MappedFhirClaim;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Claim/$submit's steps before and after the desk: validate (the parser's checks, R4's required
 * elements of a Claim, then the code lists), map, hand to
 * the desk's submission (its scrub, then the ledger flow), and turn a scrub rejection into issues at
 * the elements the rules' fields came from. Without HTTP, so that tests and the benchmark run it too.
 */
public final class ClaimSubmission {

    private ClaimSubmission() {
    }

    /**
     * The claim to file, or the refusal: 400 when the resource breaks R4's definitions, 422 when it
     * is FHIR but its codes or content do not make a claim this network takes.
     */
    public static MappedFhirClaim prepare(Resource request, ReferenceData referenceData) {
        List<FhirIssue> structural = ClaimRequiredElements.check(request);
        if (Outcomes.hasErrors(structural)) {
            throw new FhirRequestException(400, structural);
        }
        List<FhirIssue> codes = ReferenceCodeChecks.check(request, referenceData);
        MappedFhirClaim mapped;
        try {
            mapped = ClaimMapper.map(request);
        } catch (FhirMappingException e) {
            List<FhirIssue> issues = new ArrayList<>(e.issues());
            issues.addAll(codes);
            throw new FhirRequestException(422, issues);
        }
        if (Outcomes.hasErrors(codes)) {
            throw new FhirRequestException(422, codes);
        }
        return mapped;
    }

    /** The scrub rules' rejection as 422, each finding at the element its field came from. */
    public static FhirRequestException rejected(MappedFhirClaim mapped, FilingResult result) {
        return new FhirRequestException(422, issuesOf(mapped, result.findings()));
    }

    public static List<FhirIssue> issuesOf(MappedFhirClaim mapped, List<ScrubFinding> findings) {
        Function<ScrubFinding, IssueSeverity> severity = f -> f.severity() == Severity.ERROR
                ? IssueSeverity.ERROR : IssueSeverity.WARNING;
        List<FhirIssue> issues = new ArrayList<>();
        for (ScrubFinding finding : findings) {
            issues.add(new FhirIssue(severity.apply(finding), IssueType.BUSINESSRULE,
                    finding.message() + " (rule: " + finding.rule() + ")", mapped.sourceOf(finding.field())));
        }
        return issues;
    }
}
