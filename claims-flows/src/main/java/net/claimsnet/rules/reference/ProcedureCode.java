package net.claimsnet.rules.reference;

import net.claimsnet.states.Sex;

/**
 * A curated CPT/HCPCS code (config/reference/procedure-codes.csv).
 *
 * @param code        the code
 * @param codeSystem  CPT or HCPCS
 * @param description short description
 * @param category    service category that plan benefits are written for
 * @param sex         the only sex the service applies to, or null for either
 * @param minAge      youngest age in years the code applies to, or null
 * @param maxAge      oldest age in years the code applies to, or null
 * @param emLevel     evaluation-and-management level 1-5, 0 for other services
 */
public record ProcedureCode(
        String code,
        String codeSystem,
        String description,
        String category,
        Sex sex,
        Integer minAge,
        Integer maxAge,
        int emLevel) {

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
