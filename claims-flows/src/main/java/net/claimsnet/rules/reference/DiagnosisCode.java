package net.claimsnet.rules.reference;

import net.claimsnet.states.Sex;

/**
 * A curated ICD-10-CM code (config/reference/diagnosis-codes.csv).
 *
 * @param code             the code, with its dot
 * @param description      short description
 * @param sex              the only sex the code applies to, or null for either
 * @param minAge           youngest age in years, or null
 * @param maxAge           oldest age in years, or null
 * @param principalAllowed false for codes that may not be listed first (e.g. external causes)
 * @param minor            a minor, self-limiting condition (used to spot high-level visits billed for it)
 */
public record DiagnosisCode(
        String code,
        String description,
        Sex sex,
        Integer minAge,
        Integer maxAge,
        boolean principalAllowed,
        boolean minor) {

    public boolean allowsAge(int ageYears) {
        return (minAge == null || ageYears >= minAge) && (maxAge == null || ageYears <= maxAge);
    }

    public boolean isSexSpecific() {
        return sex != null;
    }

    public boolean hasAgeRange() {
        return minAge != null || maxAge != null;
    }
}
