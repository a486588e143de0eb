package net.claimsnet.flows.consent;

import net.corda.core.serialization.CordaSerializable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One service of a claim in a member's history: when, which procedure, what was charged. */
@CordaSerializable
public final class MemberHistoryService {

    private final LocalDate dateOfService;
    private final String procedureCode;
    private final BigDecimal charge;

    public MemberHistoryService(LocalDate dateOfService, String procedureCode, BigDecimal charge) {
        this.dateOfService = dateOfService;
        this.procedureCode = procedureCode;
        this.charge = charge;
    }

    public LocalDate getDateOfService() { return dateOfService; }

    public String getProcedureCode() { return procedureCode; }

    public BigDecimal getCharge() { return charge; }
}
