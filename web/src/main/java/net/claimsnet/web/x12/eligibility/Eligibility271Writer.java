package net.claimsnet.web.x12.eligibility;

import net.claimsnet.node.desk.EnrolledCoverage;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.BenefitSummary;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.claimsnet.web.x12.envelope.ControlNumbers;
import net.claimsnet.web.x12.envelope.InterchangeHeader;
import net.claimsnet.web.x12.envelope.InterchangeParty;
import net.claimsnet.web.x12.envelope.SegmentWriter;
import net.claimsnet.web.x12.envelope.X12InterchangeWriter;
import net.corda.core.identity.CordaX500Name;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers 270 inquiries with 271s (005010X279A1) from the insurer's coverages: one interchange per
 * inquirer, one 271 per subscriber asked about. A member covered on the date asked gets active
 * coverage (EB*1) with the plan, the deductible and out-of-pocket maximum for the plan year and what
 * remains of them (the accumulator), the copay and the coinsurance; a member whose coverage does not
 * cover that date gets EB*6 (inactive); a member the insurer does not know gets AAA*Y**75*C
 * (subscriber not found, correct and resubmit).
 */
public final class Eligibility271Writer {

    public static final String FUNCTIONAL_IDENTIFIER = "HB";

    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    /** EB06: the benefit applies to the calendar (plan) year; what remains of it. */
    static final String CALENDAR_YEAR = "23";
    static final String REMAINING = "29";
    static final String VISIT = "27";

    private final CordaX500Name insurer;
    private final ControlNumbers numbers;
    private final Clock clock;

    public Eligibility271Writer(CordaX500Name insurer, ControlNumbers numbers, Clock clock) {
        this.insurer = insurer;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** @param coverages the insurer's coverages of a member id (empty when it has none) */
    public byte[] write(List<EligibilityInquiry> inquiries, Function<String, List<EnrolledCoverage>> coverages) {
        Map<InterchangeParty, List<EligibilityInquiry>> bySender = new LinkedHashMap<>();
        InterchangeParty unknown = new InterchangeParty(InterchangeParty.MUTUALLY_DEFINED, "UNKNOWN");
        for (EligibilityInquiry inquiry : inquiries) {
            bySender.computeIfAbsent(inquiry.sender() == null ? unknown : inquiry.sender(), s -> new ArrayList<>()).add(inquiry);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LocalDateTime now = LocalDateTime.now(clock);
        bySender.forEach((inquirer, asked) -> {
            InterchangeHeader header = InterchangeHeader.of(InterchangeParty.of(insurer), inquirer, FUNCTIONAL_IDENTIFIER,
                    Eligibility270Reader.VERSION, now);
            try (X12InterchangeWriter interchange = X12InterchangeWriter.open(out, header, numbers)) {
                for (EligibilityInquiry inquiry : asked) {
                    interchange.transactionSet("271", body -> writeAnswer(body, inquiry, coverages.apply(inquiry.memberId()), now));
                }
            }
        });
        return out.toByteArray();
    }

    private void writeAnswer(SegmentWriter body, EligibilityInquiry inquiry, List<EnrolledCoverage> coverages, LocalDateTime now) {
        body.segment("BHT", "0022", "11", inquiry.reference(), now.toLocalDate().format(D8), now.format(TIME));
        body.segment("HL", "1", null, "20", "1");
        body.segment("NM1", "PR", "2", insurer.getOrganisation(), null, null, null, null, "PI", InterchangeParty.of(insurer).id());
        body.segment("HL", "2", "1", "21", "1");
        body.segment("NM1", "1P", inquiry.receiverEntityType(), inquiry.receiverName(), null, null, null, null,
                inquiry.receiverQualifier(), inquiry.receiverId());
        body.segment("HL", "3", "2", "22", "0");
        for (EligibilityInquiry.Trace trace : inquiry.traces()) {
            body.segment("TRN", "2", trace.number(), trace.originator());
        }
        body.segment("NM1", "IL", "1", inquiry.lastName(), inquiry.firstName(), null, null, null, "MI", inquiry.memberId());
        if (coverages.isEmpty()) {
            body.segment("AAA", "Y", null, "75", "C");
            if (inquiry.birthDate() != null) {
                body.segment("DMG", "D8", inquiry.birthDate().format(D8));
            }
            return;
        }
        EnrolledCoverage chosen = chosen(coverages, inquiry.serviceDate());
        CoverageState coverage = chosen.coverage();
        if (inquiry.birthDate() != null) {
            body.segment("DMG", "D8", inquiry.birthDate().format(D8));
        }
        body.segment("DTP", "291", "RD8", coverage.getPeriodStart().format(D8) + "-" + coverage.getPeriodEnd().format(D8));
        if (!covers(coverage, inquiry.serviceDate())) {
            for (String serviceType : inquiry.serviceTypes()) {
                body.segment("EB", "6", null, serviceType, null, coverage.getPlanName());
            }
            return;
        }
        for (String serviceType : inquiry.serviceTypes()) {
            body.segment("EB", "1", null, serviceType, null, coverage.getPlanName());
        }
        writeBenefits(body, coverage.getBenefits(), chosen.accumulator());
    }

    /** Deductible and out-of-pocket (limit per plan year and what remains), copay per visit, coinsurance. */
    private static void writeBenefits(SegmentWriter body, BenefitSummary benefits, BenefitAccumulatorState accumulator) {
        String plan = Eligibility270Reader.HEALTH_BENEFIT_PLAN_COVERAGE;
        body.segment("EB", "C", "IND", plan, null, null, CALENDAR_YEAR, amount(benefits.getDeductible()));
        if (accumulator != null) {
            body.segment("EB", "C", "IND", plan, null, null, REMAINING,
                    amount(remaining(accumulator.getDeductibleLimit(), accumulator.getDeductibleMet())));
        }
        body.segment("EB", "G", "IND", plan, null, null, CALENDAR_YEAR, amount(benefits.getOutOfPocketMaximum()));
        if (accumulator != null) {
            body.segment("EB", "G", "IND", plan, null, null, REMAINING,
                    amount(remaining(accumulator.getOutOfPocketLimit(), accumulator.getOutOfPocketMet())));
        }
        if (benefits.getCopay() != null && benefits.getCopay().signum() > 0) {
            body.segment("EB", "B", "IND", plan, null, null, VISIT, amount(benefits.getCopay()));
        }
        body.segment("EB", "A", "IND", plan, null, null, null, null,
                BigDecimal.valueOf(benefits.getCoinsurancePercent()).movePointLeft(2).stripTrailingZeros().toPlainString());
    }

    /** The coverage in force on the date; otherwise the one that ended or starts nearest to it. */
    static EnrolledCoverage chosen(List<EnrolledCoverage> coverages, LocalDate date) {
        Optional<EnrolledCoverage> inForce = coverages.stream().filter(c -> covers(c.coverage(), date)).findFirst();
        return inForce.orElseGet(() -> coverages.stream()
                .min(Comparator.comparingLong(c -> distance(c.coverage(), date))).orElseThrow());
    }

    static boolean covers(CoverageState coverage, LocalDate date) {
        return coverage.getStatus() == CoverageStatus.ACTIVE && !date.isBefore(coverage.getPeriodStart())
                && !date.isAfter(coverage.getPeriodEnd());
    }

    private static long distance(CoverageState coverage, LocalDate date) {
        if (date.isBefore(coverage.getPeriodStart())) {
            return coverage.getPeriodStart().toEpochDay() - date.toEpochDay();
        }
        return Math.max(0, date.toEpochDay() - coverage.getPeriodEnd().toEpochDay());
    }

    private static BigDecimal remaining(BigDecimal limit, BigDecimal met) {
        return limit.subtract(met).max(BigDecimal.ZERO);
    }

    private static String amount(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.setScale(2, RoundingMode.UNNECESSARY).stripTrailingZeros().toPlainString();
    }
}
