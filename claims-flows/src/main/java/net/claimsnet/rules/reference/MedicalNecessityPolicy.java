package net.claimsnet.rules.reference;

import java.util.List;

/**
 * The diagnoses that support a procedure (config/reference/medical-necessity.csv). A code without a
 * policy is not checked.
 *
 * @param procedureCode      the code
 * @param diagnosisPrefixes  ICD-10-CM codes or code prefixes ("M17" covers M17.0-M17.9)
 * @param rationale          the coverage policy, in words
 */
public record MedicalNecessityPolicy(String procedureCode, List<String> diagnosisPrefixes, String rationale) {

    public MedicalNecessityPolicy {
        diagnosisPrefixes = List.copyOf(diagnosisPrefixes);
    }

    /** Whether at least one of the diagnoses starts with a supporting code. */
    public boolean supportsAny(List<String> diagnosisCodes) {
        for (String diagnosis : diagnosisCodes) {
            for (String prefix : diagnosisPrefixes) {
                if (diagnosis.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    MedicalNecessityPolicy plus(MedicalNecessityPolicy other) {
        List<String> all = new java.util.ArrayList<>(diagnosisPrefixes);
        all.addAll(other.diagnosisPrefixes);
        return new MedicalNecessityPolicy(procedureCode, all, rationale + "; " + other.rationale);
    }
}
