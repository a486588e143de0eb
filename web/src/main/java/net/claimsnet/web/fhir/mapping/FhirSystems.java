package net.claimsnet.web.fhir.mapping;

import java.util.Set;

/** The code systems and identifier systems the mapping reads and writes. */
public final class FhirSystems {

    public static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    public static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    public static final String ICD_10 = "http://hl7.org/fhir/sid/icd-10";
    public static final String CPT = "http://www.ama-assn.org/go/cpt";
    public static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    public static final String HCPCS_OID = "urn:oid:2.16.840.1.113883.6.285";
    public static final String PLACE_OF_SERVICE = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
    public static final String CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type";
    public static final String COVERAGE_CLASS = "http://terminology.hl7.org/CodeSystem/coverage-class";
    public static final String ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
    /** CARIN Blue Button's adjudication categories: the member's liability has no code in the base one. */
    public static final String C4BB_ADJUDICATION = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication";
    public static final String CARC = "https://x12.org/codes/claim-adjustment-reason-codes";
    public static final String RARC = "https://x12.org/codes/remittance-advice-remark-codes";
    public static final String ADJUSTMENT_GROUP = "https://x12.org/codes/claim-adjustment-group-codes";
    public static final String BENEFIT_TYPE = "http://terminology.hl7.org/CodeSystem/benefit-type";
    public static final String BENEFIT_CATEGORY = "http://terminology.hl7.org/CodeSystem/ex-benefitcategory";
    public static final String PAYMENT_TYPE = "http://terminology.hl7.org/CodeSystem/ex-paymenttype";
    /** This network's own codes: scrub rules, member ids, claim ids, service categories. */
    public static final String SCRUB_RULE = "urn:claimsnet:scrub-rule";
    public static final String SERVICE_CATEGORY = "urn:claimsnet:service-category";
    public static final String MEMBER_ID = "urn:claimsnet:member-id";
    public static final String CLAIM_ID = "urn:claimsnet:claim-id";
    public static final String LEDGER_ID = "urn:claimsnet:ledger-id";
    public static final String EFT_TRACE = "urn:claimsnet:eft-trace-number";
    public static final String ELIGIBILITY_ERROR = "urn:claimsnet:eligibility-error";

    /** Systems a procedure code may come in; a coding without a system is read too when it is the only one. */
    public static final Set<String> PROCEDURE_SYSTEMS = Set.of(CPT, HCPCS, HCPCS_OID);
    public static final Set<String> DIAGNOSIS_SYSTEMS = Set.of(ICD_10_CM, ICD_10);

    private FhirSystems() {
    }
}
