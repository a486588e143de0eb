package net.claimsnet.flows.consent;

import net.claimsnet.states.ClaimState;
import net.claimsnet.states.LineAdjudication;
import net.corda.core.serialization.CordaSerializable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One claim of a member's history as the insurer discloses it to a second provider: what was treated,
 * when, and what became of it, the minimum necessary for care. Neither the other provider, nor the claim's
 * ids, nor the patient's name and birth date: the asking provider knows its patient already.
 */
@CordaSerializable
public final class MemberHistoryClaim {

    private final String status;
    private final List<String> diagnosisCodes;
    private final List<MemberHistoryService> services;
    private final BigDecimal billed;
    private final BigDecimal allowed;
    private final BigDecimal paid;

    public MemberHistoryClaim(String status, List<String> diagnosisCodes, List<MemberHistoryService> services,
                              BigDecimal billed, BigDecimal allowed, BigDecimal paid) {
        this.status = status;
        this.diagnosisCodes = new ArrayList<>(diagnosisCodes);
        this.services = new ArrayList<>(services);
        this.billed = billed;
        this.allowed = allowed;
        this.paid = paid;
    }

    /** The insurer's current version of the claim, as disclosed. */
    static MemberHistoryClaim of(ClaimState claim) {
        List<MemberHistoryService> services = claim.getClaim().getServiceLines().stream()
                .map(line -> new MemberHistoryService(line.getDateOfService(), line.getProcedureCode(), line.getCharge()))
                .collect(Collectors.toList());
        return new MemberHistoryClaim(claim.getStatus().name(), claim.getClaim().getDiagnosisCodes(), services,
                claim.getClaim().totalCharge(), decided(claim, LineAdjudication::getAllowed), decided(claim, LineAdjudication::getPaid));
    }

    /** A sum over the adjudicated lines; null before the claim is adjudicated. */
    private static BigDecimal decided(ClaimState claim, Function<LineAdjudication, BigDecimal> amount) {
        if (claim.getAdjudication() == null) {
            return null;
        }
        return claim.getAdjudication().getLines().stream().map(amount)
                .filter(value -> value != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The claim's status: SUBMITTED, PENDED, APPROVED, DENIED, SETTLED... */
    public String getStatus() { return status; }

    /** ICD-10-CM, the principal first. */
    public List<String> getDiagnosisCodes() { return diagnosisCodes; }

    public List<MemberHistoryService> getServices() { return services; }

    public BigDecimal getBilled() { return billed; }

    /** Null until adjudicated. */
    public BigDecimal getAllowed() { return allowed; }

    /** Null until adjudicated. */
    public BigDecimal getPaid() { return paid; }
}
