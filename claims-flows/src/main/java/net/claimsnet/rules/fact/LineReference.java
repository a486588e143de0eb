package net.claimsnet.rules.fact;

import net.claimsnet.rules.reference.MedicalNecessityPolicy;
import net.claimsnet.rules.reference.PlaceOfService;
import net.claimsnet.rules.reference.PlanBenefit;
import net.claimsnet.rules.reference.PriorAuthorizationRequirement;
import net.claimsnet.rules.reference.ProcedureCode;
import net.claimsnet.rules.reference.UnitCap;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the reference data and the claim history say about one line, looked up once by the fact
 * assembler so that rules read values instead of searching tables. Nulls mean "not listed".
 *
 * @param procedure                the code-list entry of the procedure
 * @param placeOfService           the place-of-service entry
 * @param unitCap                  the medically-unlikely-units cap
 * @param feePerUnit               fee schedule amount per unit under the member's plan
 * @param priorAuthorization       the prior-authorization requirement for the plan and code
 * @param necessityPolicy          the diagnoses that support the procedure
 * @param benefit                  the plan's benefit for the procedure's category
 * @param pointedDiagnosisCodes    the diagnoses the line's valid pointers name
 * @param invalidPointer           the first pointer naming no diagnosis (0 for an empty one), or null when all are valid
 * @param repeatedPointer          whether a pointer appears twice
 * @param allPointedDiagnosesMinor whether every pointed diagnosis is a minor condition (false when none)
 * @param unknownModifier          the first modifier the payer does not recognise
 * @param distinctServiceModifier  whether a modifier says the service was distinct (59, XE, XS, XP, XU)
 * @param repeatServiceModifier    whether a modifier says the service was repeated (76, 77)
 * @param modifierPaymentPercent   product of the modifiers' payment percentages
 * @param duplicateOfClaimId       an earlier claim with the same member, provider, code and date
 * @param visitOrdinal             the member's visit number in the category this plan year
 * @param patientAge               age in years on the date of service, or -1
 */
public record LineReference(
        ProcedureCode procedure,
        PlaceOfService placeOfService,
        UnitCap unitCap,
        BigDecimal feePerUnit,
        PriorAuthorizationRequirement priorAuthorization,
        MedicalNecessityPolicy necessityPolicy,
        PlanBenefit benefit,
        List<String> pointedDiagnosisCodes,
        Integer invalidPointer,
        boolean repeatedPointer,
        boolean allPointedDiagnosesMinor,
        String unknownModifier,
        boolean distinctServiceModifier,
        boolean repeatServiceModifier,
        BigDecimal modifierPaymentPercent,
        String duplicateOfClaimId,
        int visitOrdinal,
        int patientAge) {
}
