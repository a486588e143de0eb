package net.claimsnet.web.desk.billing;

import net.claimsnet.flows.claim.EligibilityAnswer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the new-claim form's member look-up shows: the insurer's eligibility answer for the member on the
 * date asked, in the clerk's words. Kept with the view (the answer itself is the ledger layer's message).
 */
public record MemberCoverage(String memberId, LocalDate asOf, boolean covered, String planId, String planName,
                             LocalDate periodStart, LocalDate periodEnd, BigDecimal deductible,
                             BigDecimal deductibleRemaining, BigDecimal outOfPocketMaximum,
                             BigDecimal outOfPocketRemaining, BigDecimal copay, int coinsurancePercent)
        implements Serializable {

    public static MemberCoverage of(EligibilityAnswer answer) {
        return new MemberCoverage(answer.getMemberId(), answer.getDateOfService(), answer.isCovered(),
                answer.getPlanId(), answer.getPlanName(), answer.getPeriodStart(), answer.getPeriodEnd(),
                answer.getDeductible(), answer.getDeductibleRemaining(), answer.getOutOfPocketMaximum(),
                answer.getOutOfPocketRemaining(), answer.getCopay(), answer.getCoinsurancePercent());
    }

    /** One sentence: covered by which plan, or not covered on the date. */
    public String summary() {
        if (!covered) {
            return "Member " + memberId + " has no active coverage on " + asOf
                    + ". Check the member id on the card, or the date of service.";
        }
        return "Member " + memberId + " is covered on " + asOf + " by " + planName + " (" + planId + "), "
                + periodStart + " to " + periodEnd + ".";
    }
}
