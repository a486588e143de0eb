package net.claimsnet.flows.rules;

import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ServiceLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The provider-side edits every claim must pass, without reference data: code formats, NPI check
 * digit, dates (not in the future, not before birth, within the timely-filing limit), units,
 * charges and diagnosis pointers. The Drools scrubber replaces it behind {@link ScrubRulesPort}.
 */
public final class BasicScrubRules implements ScrubRulesPort {

    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][A-Z0-9](\\.[A-Z0-9]{1,4})?");
    private static final Pattern CPT = Pattern.compile("[0-9]{4}[0-9FT]");
    private static final Pattern HCPCS = Pattern.compile("[A-Z][0-9]{4}");

    private final Period filingLimit;

    public BasicScrubRules(Period filingLimit) {
        this.filingLimit = filingLimit;
    }

    /** The common one-year timely-filing limit. */
    public static BasicScrubRules standard() {
        return new BasicScrubRules(Period.ofYears(1));
    }

    @Override
    public List<ScrubFinding> scrub(ClaimDetails claim, LocalDate today) {
        List<ScrubFinding> findings = new ArrayList<>();
        if (!npiValid(claim.getBillingProviderNpi())) {
            findings.add(ScrubFinding.error("npi-check-digit", "billingProviderNpi",
                    "Billing provider NPI " + claim.getBillingProviderNpi() + " fails its check digit"));
        }
        List<String> diagnoses = claim.getDiagnosisCodes();
        if (diagnoses.isEmpty()) {
            findings.add(ScrubFinding.error("diagnosis-required", "diagnosisCodes", "At least one diagnosis code is required"));
        }
        for (String code : diagnoses) {
            if (code == null || !ICD10.matcher(code).matches()) {
                findings.add(ScrubFinding.error("icd10-format", "diagnosisCodes",
                        "Diagnosis code " + code + " is not an ICD-10-CM code (e.g. E11.9)"));
            }
        }
        if (claim.getServiceLines().isEmpty()) {
            findings.add(ScrubFinding.error("line-required", "serviceLines", "At least one service line is required"));
        }
        LocalDate birth = claim.getPatient() == null ? null : claim.getPatient().getBirthDate();
        for (ServiceLine line : claim.getServiceLines()) {
            String where = "line " + line.getSequence();
            String code = line.getProcedureCode();
            if (code == null || !(CPT.matcher(code).matches() || HCPCS.matcher(code).matches())) {
                findings.add(ScrubFinding.error("procedure-format", where,
                        "Procedure code " + code + " is neither CPT nor HCPCS"));
            }
            LocalDate date = line.getDateOfService();
            if (date == null) {
                findings.add(ScrubFinding.error("date-required", where, "Date of service is required"));
            } else {
                if (date.isAfter(today)) {
                    findings.add(ScrubFinding.error("date-in-future", where, "Date of service " + date + " is in the future"));
                }
                if (birth != null && date.isBefore(birth)) {
                    findings.add(ScrubFinding.error("date-before-birth", where,
                            "Date of service " + date + " is before the patient's birth"));
                }
                if (date.plus(filingLimit).isBefore(today)) {
                    findings.add(ScrubFinding.error("timely-filing", where,
                            "Date of service " + date + " is past the timely-filing limit of " + filingLimit));
                }
            }
            if (line.getUnits() <= 0) {
                findings.add(ScrubFinding.error("units-positive", where, "Units must be greater than zero"));
            }
            if (line.getCharge() == null || line.getCharge().compareTo(BigDecimal.ZERO) <= 0) {
                findings.add(ScrubFinding.error("charge-positive", where, "Charge must be greater than zero"));
            }
            for (Integer pointer : line.getDiagnosisPointers()) {
                if (pointer == null || pointer < 1 || pointer > diagnoses.size()) {
                    findings.add(ScrubFinding.error("diagnosis-pointer", where,
                            "Diagnosis pointer " + pointer + " points at no diagnosis code"));
                }
            }
        }
        return findings;
    }

    /** The NPI's Luhn check digit, computed with the 80840 prefix. */
    static boolean npiValid(String npi) {
        if (npi == null || !npi.matches("[0-9]{10}")) {
            return false;
        }
        String digits = "80840" + npi;
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
