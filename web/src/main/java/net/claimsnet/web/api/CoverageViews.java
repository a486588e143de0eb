package net.claimsnet.web.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What the coverage endpoints answer (JSON-B). Amounts in dollars, dates {@code yyyy-MM-dd}. */
public final class CoverageViews {

    private CoverageViews() {
    }

    /** A coverage: {@code id} is its ledger id, the one the paths take. */
    public record CoverageView(String id, String memberId, String subscriberId, String planId, String planName,
                               String effectiveFrom, String effectiveTo, String status, String insurer,
                               BenefitsView benefits, AccumulatorView accumulator) {
    }

    /** The plan's terms the coverage states; coinsurance is the member's share in network, percent. */
    public record BenefitsView(BigDecimal deductible, BigDecimal outOfPocketMaximum, BigDecimal copay,
                               int coinsurancePercent, Map<String, Integer> visitLimits) {
    }

    /** What the member has met of the plan year so far; null in a coverage when no accumulator is open. */
    public record AccumulatorView(int planYear, BigDecimal deductibleLimit, BigDecimal deductibleMet,
                                  BigDecimal outOfPocketLimit, BigDecimal outOfPocketMet, Map<String, Integer> visitsUsed) {
    }

    public record CoverageListView(List<CoverageView> coverages, int total) {
    }

    /**
     * One member of a bulk enrolment: {@code result} ENROLLED (with the coverage), ALREADY_COVERED
     * ({@code coverageId} names the active coverage its dates overlap), REFUSED ({@code field} and
     * {@code message} say why) or STILL_RUNNING ({@code flowId}; it finishes on its own).
     */
    public record EnrollmentOutcomeView(int index, String memberId, String result, String coverageId,
                                        CoverageView coverage, String field, String message, String flowId) {
    }

    /** Counts by result, then one outcome per member in request order. */
    public record BatchEnrollmentView(int enrolled, int alreadyCovered, int refused, int stillRunning,
                                      List<EnrollmentOutcomeView> members) {
    }
}
