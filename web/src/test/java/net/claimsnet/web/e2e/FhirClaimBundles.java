package net.claimsnet.web.e2e;

import net.claimsnet.bench.network.NetworkClaims.GeneratedClaim;
import net.claimsnet.bench.network.NetworkClaims.Line;
import net.claimsnet.web.fhir.FhirR4;
import net.claimsnet.web.fhir.mapping.FhirSystems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SimpleQuantity;

import java.sql.Date;
import java.util.UUID;

/** A generated claim as the FHIR Bundle a provider's system sends to Claim/$submit (Claim, Patient, Coverage, Organization). */
final class FhirClaimBundles {

    private FhirClaimBundles() {
    }

    static String json(GeneratedClaim generated, String npi) {
        String patientUrl = "urn:uuid:" + UUID.randomUUID();
        String coverageUrl = "urn:uuid:" + UUID.randomUUID();
        String providerUrl = "urn:uuid:" + UUID.randomUUID();
        Patient patient = new Patient();
        patient.addName().setFamily(generated.lastName()).addGiven(generated.firstName());
        patient.setBirthDateElement(new DateType(Date.valueOf(generated.birthDate())));
        patient.setGender("F".equals(generated.sex()) ? AdministrativeGender.FEMALE : AdministrativeGender.MALE);
        Coverage coverage = new Coverage();
        coverage.setStatus(Coverage.CoverageStatus.ACTIVE);
        coverage.addIdentifier().setSystem("urn:acme:member").setValue(generated.memberId());
        coverage.setSubscriberId(generated.subscriberId());
        coverage.setBeneficiary(new Reference(patientUrl));
        coverage.addPayor().setDisplay("Acme Health Insurance");
        coverage.addClass_().setType(new CodeableConcept(new Coding(FhirSystems.COVERAGE_CLASS, "plan", null))).setValue(generated.planId());
        Organization provider = new Organization();
        provider.addIdentifier().setSystem(FhirSystems.NPI).setValue(npi);
        provider.setName(generated.provider().name());
        Claim claim = new Claim();
        claim.addIdentifier().setSystem("urn:provider:claim").setValue(generated.claimId());
        claim.setStatus(Claim.ClaimStatus.ACTIVE);
        claim.setType(new CodeableConcept(new Coding(FhirSystems.CLAIM_TYPE, "professional", null)));
        claim.setUse(Claim.Use.CLAIM);
        claim.setPatient(new Reference(patientUrl));
        claim.setCreated(new java.util.Date());
        claim.setProvider(new Reference(providerUrl));
        claim.setPriority(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/processpriority", "normal", null)));
        claim.addInsurance().setSequence(1).setFocal(true).setCoverage(new Reference(coverageUrl));
        for (int i = 0; i < generated.variant().diagnosisCodes().size(); i++) {
            claim.addDiagnosis().setSequence(i + 1).setDiagnosis(new CodeableConcept(
                    new Coding(FhirSystems.ICD_10_CM, generated.variant().diagnosisCodes().get(i), null)));
        }
        int sequence = 1;
        for (Line line : generated.variant().lines()) {
            Claim.ItemComponent item = claim.addItem().setSequence(sequence++)
                    .setProductOrService(new CodeableConcept(new Coding(FhirSystems.CPT, line.procedureCode(), null)))
                    .setServiced(new DateType(Date.valueOf(generated.dateOfService())))
                    .setLocation(new CodeableConcept(new Coding(FhirSystems.PLACE_OF_SERVICE, "11", null)));
            item.setQuantity((SimpleQuantity) new SimpleQuantity().setValue(1));
            item.setNet(new Money().setValue(line.charge()).setCurrency("USD"));
            line.diagnosisPointers().forEach(p -> item.getDiagnosisSequence().add(new PositiveIntType(p)));
        }
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(claim);
        bundle.addEntry().setFullUrl(patientUrl).setResource(patient);
        bundle.addEntry().setFullUrl(coverageUrl).setResource(coverage);
        bundle.addEntry().setFullUrl(providerUrl).setResource(provider);
        return FhirR4.context().newJsonParser().encodeResourceToString(bundle);
    }
}
