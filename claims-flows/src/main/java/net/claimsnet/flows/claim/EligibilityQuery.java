package net.claimsnet.flows.claim;

import net.corda.core.serialization.CordaSerializable;

import java.time.LocalDate;

/** The provider asks the insurer for the member's coverage in force on a date of service (X12 270). */
@CordaSerializable
public final class EligibilityQuery {

    private final String memberId;
    private final LocalDate dateOfService;

    public EligibilityQuery(String memberId, LocalDate dateOfService) {
        this.memberId = memberId;
        this.dateOfService = dateOfService;
    }

    public String getMemberId() {
        return memberId;
    }

    public LocalDate getDateOfService() {
        return dateOfService;
    }
}
