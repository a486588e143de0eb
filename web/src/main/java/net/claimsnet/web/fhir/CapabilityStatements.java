package net.claimsnet.web.fhir;

import net.claimsnet.ledger.identity.NodeRole;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

import java.util.Date;

/**
 * What /fhir on a node of a given role answers, exactly: $validate everywhere; Claim/$submit on a
 * provider; ClaimResponse and ExplanationOfBenefit reads where there are claims (provider, insurer,
 * auditor); CoverageEligibilityRequest/$submit on the insurer (answered) and on a provider (forwarded
 * to the insurer). Nothing else (no read by id, no
 * create, no history): those would answer 404 or 405.
 */
public final class CapabilityStatements {

    private CapabilityStatements() {
    }

    /** @param role the node's role; null while it is not running (then only what needs no node: metadata and $validate) */
    public static CapabilityStatement of(NodeRole role, String software) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(new Date());
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName("ClaimsNet " + software);
        statement.getImplementation().setDescription("ClaimsNet node" + (role == null ? "" : " (" + role.name().toLowerCase() + ")"));
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat(FhirMediaTypes.FHIR_JSON).addFormat(FhirMediaTypes.FHIR_XML).addFormat("json").addFormat("xml");
        CapabilityStatementRestComponent rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.getSecurity().addService(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/restful-security-service", "Basic", "Basic")))
                .setDescription("HTTP Basic with the node's users; the roles are the desk's (BILLING, ADJUSTER, AUDITOR, NODE_ADMIN)");
        for (String type : new String[]{"Claim", "Patient", "Coverage", "Bundle"}) {
            CapabilityStatementRestResourceComponent resource = rest.addResource().setType(type);
            resource.addOperation().setName("validate").setDefinition("http://hl7.org/fhir/OperationDefinition/Resource-validate");
            if (type.equals("Claim") && role == NodeRole.PROVIDER) {
                resource.addOperation().setName("submit").setDefinition("http://hl7.org/fhir/OperationDefinition/Claim-submit");
            }
        }
        if (role == NodeRole.PROVIDER || role == NodeRole.INSURER || role == NodeRole.AUDITOR) {
            rest.addResource().setType("ClaimResponse").addInteraction(new CapabilityStatement.ResourceInteractionComponent()
                            .setCode(TypeRestfulInteraction.SEARCHTYPE))
                    .addSearchParam(new CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent()
                            .setName("request").setType(SearchParamType.REFERENCE).setDocumentation("Claim/{id}: the claim's ledger id"));
            CapabilityStatementRestResourceComponent eob = rest.addResource().setType("ExplanationOfBenefit");
            eob.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            eob.addSearchParam().setName("patient").setType(SearchParamType.REFERENCE).setDocumentation("The member id (or Patient/{member id})");
            eob.addSearchParam().setName("claim").setType(SearchParamType.REFERENCE).setDocumentation("Claim/{id}: the claim's ledger id");
        }
        if (role == NodeRole.INSURER || role == NodeRole.PROVIDER) {
            rest.addResource().setType("CoverageEligibilityRequest").addOperation().setName("submit")
                    .setDefinition("http://hl7.org/fhir/OperationDefinition/Claim-submit")
                    .setDocumentation(role == NodeRole.INSURER
                            ? "Answers a CoverageEligibilityResponse from the member's coverage and accumulators"
                            : "Asks the insurer over the network; answers its CoverageEligibilityResponse");
        }
        rest.addOperation().setName("metadata").setDefinition("http://hl7.org/fhir/OperationDefinition/CapabilityStatement-implements");
        return statement;
    }
}
