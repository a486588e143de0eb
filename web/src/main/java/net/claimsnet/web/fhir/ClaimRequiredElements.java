package net.claimsnet.web.fhir;

import net.claimsnet.web.fhir.mapping.FhirMappingException;
import net.claimsnet.web.fhir.mapping.SubmittedResources;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;

import java.util.ArrayList;
import java.util.List;

/**
 * R4's required elements of a Claim (cardinality 1..1 or 1..*), checked directly: what a submission
 * must have to be a Claim at all. A submission is checked this way, with the parser's own checks
 * (unknown elements, wrong types, invalid values) and the network's code lists, instead of by HAPI's
 * instance validator, which costs tens of milliseconds a claim; $validate runs that one in full.
 */
final class ClaimRequiredElements {

    private ClaimRequiredElements() {
    }

    static List<FhirIssue> check(Resource request) {
        SubmittedResources resources;
        try {
            resources = SubmittedResources.of(request);
        } catch (FhirMappingException e) {
            return List.of();
        }
        Claim claim = resources.claim().resource();
        String at = resources.claim().path();
        List<FhirIssue> issues = new ArrayList<>();
        require(claim.hasStatus(), at + ".status", "Claim.status", issues);
        require(claim.hasType(), at + ".type", "Claim.type", issues);
        require(claim.hasUse(), at + ".use", "Claim.use", issues);
        require(claim.hasPatient(), at + ".patient", "Claim.patient", issues);
        require(claim.hasCreated(), at + ".created", "Claim.created", issues);
        require(claim.hasProvider(), at + ".provider", "Claim.provider", issues);
        require(claim.hasPriority(), at + ".priority", "Claim.priority", issues);
        require(claim.hasInsurance(), at + ".insurance", "Claim.insurance (at least one)", issues);
        for (int i = 0; i < claim.getInsurance().size(); i++) {
            Claim.InsuranceComponent insurance = claim.getInsurance().get(i);
            String path = at + ".insurance[" + i + "]";
            require(insurance.hasSequence(), path + ".sequence", "Claim.insurance.sequence", issues);
            require(insurance.hasFocalElement() && insurance.getFocalElement().hasValue(), path + ".focal", "Claim.insurance.focal", issues);
            require(insurance.hasCoverage(), path + ".coverage", "Claim.insurance.coverage", issues);
        }
        for (int i = 0; i < claim.getDiagnosis().size(); i++) {
            Claim.DiagnosisComponent diagnosis = claim.getDiagnosis().get(i);
            require(diagnosis.hasSequence(), at + ".diagnosis[" + i + "].sequence", "Claim.diagnosis.sequence", issues);
            require(diagnosis.hasDiagnosis(), at + ".diagnosis[" + i + "].diagnosis", "Claim.diagnosis.diagnosis[x]", issues);
        }
        for (int i = 0; i < claim.getItem().size(); i++) {
            Claim.ItemComponent item = claim.getItem().get(i);
            require(item.hasSequence(), at + ".item[" + i + "].sequence", "Claim.item.sequence", issues);
            require(item.hasProductOrService(), at + ".item[" + i + "].productOrService", "Claim.item.productOrService", issues);
        }
        return issues;
    }

    private static void require(boolean present, String path, String element, List<FhirIssue> issues) {
        if (!present) {
            issues.add(FhirIssue.error(IssueType.REQUIRED, element + " is required by FHIR R4", path));
        }
    }
}
