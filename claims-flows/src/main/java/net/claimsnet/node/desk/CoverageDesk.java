package net.claimsnet.node.desk;

import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.flows.coverage.IssueCoverageFlow;
import net.claimsnet.flows.coverage.OpenAccumulatorFlow;
import net.claimsnet.flows.coverage.TerminateCoverageFlow;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.node.Node;
import net.claimsnet.rules.reference.Plan;
import net.claimsnet.rules.reference.PlanBenefit;
import net.claimsnet.rules.reference.ReferenceData;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.BenefitSummary;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.transactions.SignedTransaction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The insurer's eligibility desk: enrols members in its plans, ends coverages, and shows them with
 * what each member has met of the plan year's deductible and out-of-pocket maximum.
 *
 * <ul>
 *   <li><b>Where and who</b>: on the insurer's node only. Enrolling and terminating is an
 *   eligibility-operations job: {@link DeskRole#NODE_ADMIN}. Reading coverages is that too, and an
 *   adjuster's, who weighs a claim against the member's coverage: NODE_ADMIN or ADJUSTER (the
 *   {@link DeskAction} grants, checked by the {@link DeskAccessPolicy} the claim desk asks too).</li>
 *   <li><b>One plan year</b>: a coverage runs within one calendar year, the plan year the benefit
 *   accumulators count (adjudication takes the year of the first date of service); enrolment opens
 *   that year's accumulator with the plan's deductible, out-of-pocket maximum and visit limits from
 *   the rule set's reference data ({@code config/reference/plans.csv}, {@code plan-benefits.csv}).
 *   A next year is a new enrolment.</li>
 *   <li><b>No half-written enrolment</b>: the accumulator is opened first (or the one already open for
 *   the member, plan and year is kept, met amounts and all), then the coverage is issued. An
 *   accumulator without its coverage changes nothing (no claim can be filed without coverage), and
 *   enrolling again completes it.</li>
 *   <li><b>Checks first</b>: input (400 naming the field), role and node (403), and an active coverage
 *   of the member for overlapping dates (409) are checked before any flow starts.</li>
 *   <li><b>Audit</b>: every coverage read and every action goes to the {@link ClaimAuditTrail} through
 *   the policy, the coverage named by its ledger id; a read is recorded before its data is returned.</li>
 * </ul>
 */
public final class CoverageDesk {

    /** The most members one bulk enrolment takes. */
    public static final int MAX_BATCH = 1000;

    private static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final MonthDay PLAN_YEAR_END = MonthDay.of(12, 31);
    /** The category whose copay a member's card shows (plan-benefits.csv); the coverage states that one. */
    private static final String CARD_COPAY_CATEGORY = "OFFICE_VISIT";
    /**
     * The check for an overlapping coverage and the issue must not interleave for one member (two
     * operators, or one member twice in a bulk request). Desks are made per request, so the locks are
     * shared; striped, so that they stay few whatever the number of members.
     */
    private static final Object[] MEMBER_LOCKS = new Object[64];

    static {
        for (int i = 0; i < MEMBER_LOCKS.length; i++) {
            MEMBER_LOCKS[i] = new Object();
        }
    }

    private static final Comparator<CoverageState> BY_MEMBER_NEWEST_FIRST =
            Comparator.comparing(CoverageState::getMemberId)
                    .thenComparing(CoverageState::getPeriodStart, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(c -> c.getLinearId().getId());

    private final Node node;
    private final Supplier<ReferenceData> referenceData;
    private final DeskAccessPolicy policy;
    private final FlowCompletion completion;

    /**
     * @param referenceData the reference data of the insurer's rule set in force (asked for on each
     *                      enrolment, so that an operator's change to plans.csv applies once the rules reload)
     */
    public CoverageDesk(Node node, Supplier<ReferenceData> referenceData, ClaimAuditTrail audit, FlowCompletion completion) {
        this.node = Objects.requireNonNull(node, "node");
        this.referenceData = Objects.requireNonNull(referenceData, "referenceData");
        this.policy = new DeskAccessPolicy(node, audit);
        this.completion = Objects.requireNonNull(completion, "completion");
    }

    // ---- enrolment ----------------------------------------------------------------------------

    /** Enrols the member: opens (or keeps) the plan year's benefit accumulator, then issues the coverage. */
    public EnrolledCoverage enroll(DeskUser user, Enrollment enrollment) {
        policy.require(user, DeskAction.ENROLL, null);
        return enrollChecked(user, enrollment);
    }

    /**
     * Enrols each member in turn, one accumulator and one coverage each; a member that cannot be
     * enrolled does not stop the others. The answer has one outcome per member, in request order.
     */
    public List<EnrollmentOutcome> enrollAll(DeskUser user, List<Enrollment> enrollments) {
        policy.require(user, DeskAction.ENROLL, null);
        if (enrollments == null || enrollments.isEmpty()) {
            throw new InvalidDeskInputException("members", "At least one member to enrol is required");
        }
        if (enrollments.size() > MAX_BATCH) {
            throw new InvalidDeskInputException("members", "At most " + MAX_BATCH + " members per request; was "
                    + enrollments.size());
        }
        List<EnrollmentOutcome> outcomes = new ArrayList<>(enrollments.size());
        for (int i = 0; i < enrollments.size(); i++) {
            Enrollment enrollment = enrollments.get(i);
            String memberId = enrollment == null ? null : enrollment.memberId();
            try {
                outcomes.add(EnrollmentOutcome.enrolled(i, memberId, enrollChecked(user, enrollment)));
            } catch (ClaimDeskException e) {
                outcomes.add(EnrollmentOutcome.failed(i, memberId, e));
            }
        }
        return outcomes;
    }

    private EnrolledCoverage enrollChecked(DeskUser user, Enrollment enrollment) {
        if (enrollment == null) {
            throw new InvalidDeskInputException("memberId", "The member to enrol is missing");
        }
        String memberId = memberId(enrollment.memberId());
        String subscriberId = isBlank(enrollment.subscriberId()) ? memberId : enrollment.subscriberId().trim();
        LocalDate from = required(enrollment.effectiveFrom(), "effectiveFrom");
        LocalDate planYearEnd = PLAN_YEAR_END.atYear(from.getYear());
        LocalDate to = enrollment.effectiveTo() == null ? planYearEnd : enrollment.effectiveTo();
        if (to.isBefore(from)) {
            throw new InvalidDeskInputException("effectiveTo", "effectiveTo (" + to + ") must not be before effectiveFrom ("
                    + from + ")");
        }
        if (to.isAfter(planYearEnd)) {
            throw new InvalidDeskInputException("effectiveTo", "A coverage runs within one plan year (a calendar year):"
                    + " effectiveTo must be " + planYearEnd + " or earlier; enrol the member again for the next year");
        }
        if (isBlank(enrollment.planId())) {
            throw new InvalidDeskInputException("planId", "The plan (planId, as in config/reference/plans.csv) is required");
        }
        ReferenceData reference = referenceData.get();
        Plan plan = reference.plan(enrollment.planId().trim());
        if (plan == null) {
            throw new InvalidDeskInputException("planId", "No plan " + enrollment.planId().trim() + " in this insurer's"
                    + " reference data; its plans are " + reference.plans().stream().map(Plan::planId).sorted()
                    .collect(Collectors.joining(", ")));
        }
        BenefitSummary benefits = benefitsOf(plan, reference.benefits(plan.planId()));
        int planYear = from.getYear();

        synchronized (lockFor(memberId)) {
            Optional<CoverageState> overlapping = activeCoverages(memberId).stream()
                    .filter(c -> !c.getPeriodStart().isAfter(to) && !c.getPeriodEnd().isBefore(from))
                    .findFirst();
            if (overlapping.isPresent()) {
                CoverageState existing = overlapping.get();
                policy.recordRefused(user, DeskAction.ENROLL, idOf(existing), "active coverage overlaps");
                throw CoverageConflictException.overlap("Member " + memberId + " has an active coverage for overlapping"
                        + " dates already: " + idOf(existing) + " on " + existing.getPlanId() + ", "
                        + existing.getPeriodStart() + " to " + existing.getPeriodEnd()
                        + "; terminate it first to change the plan", idOf(existing));
            }
            BenefitAccumulatorState accumulator = act(user, DeskAction.ENROLL, null, () -> accumulator(memberId, plan.planId(), planYear)
                    .orElseGet(() -> outputOf(run(new OpenAccumulatorFlow.Initiator(BenefitAccumulatorState.open(
                                    node.identity(), memberId, plan.planId(), planYear, benefits.getDeductible(),
                                    benefits.getOutOfPocketMaximum(), benefits.getVisitLimits()))),
                            BenefitAccumulatorState.class)));
            CoverageState coverage = new CoverageState(node.identity(), new UniqueIdentifier(null, UUID.randomUUID()),
                    memberId, subscriberId, plan.planId(), plan.name(), from, to, benefits, CoverageStatus.ACTIVE);
            CoverageState issued = act(user, DeskAction.ENROLL, idOf(coverage), () -> outputOf(
                    run(new IssueCoverageFlow.Initiator(coverage)), CoverageState.class));
            return new EnrolledCoverage(issued, accumulator);
        }
    }

    /**
     * The plan's terms as the coverage states them: deductible and out-of-pocket maximum, the office
     * visit copay (the one a member's card shows), in-network coinsurance in whole percent, and the
     * visit limits per service category.
     */
    static BenefitSummary benefitsOf(Plan plan, java.util.Collection<PlanBenefit> categories) {
        Map<String, Integer> visitLimits = new TreeMap<>();
        BigDecimal copay = BigDecimal.ZERO.setScale(2);
        for (PlanBenefit category : categories) {
            if (category.covered() && category.hasVisitLimit()) {
                visitLimits.put(category.category(), category.visitLimit());
            }
            if (CARD_COPAY_CATEGORY.equals(category.category()) && category.copay() != null) {
                copay = category.copay().setScale(2, RoundingMode.HALF_UP);
            }
        }
        int coinsurance = plan.coinsuranceInNetworkPct().setScale(0, RoundingMode.HALF_UP).intValueExact();
        return new BenefitSummary(plan.deductible().setScale(2, RoundingMode.HALF_UP),
                plan.outOfPocketMax().setScale(2, RoundingMode.HALF_UP), copay, coinsurance, visitLimits);
    }

    // ---- termination --------------------------------------------------------------------------

    /**
     * Ends a coverage on its last covered day (not after its current end, not before its start): the
     * coverage named by its ledger id, or the member's only active coverage when a member id is given.
     */
    public EnrolledCoverage terminate(DeskUser user, String coverageOrMemberId, LocalDate lastDay) {
        policy.require(user, DeskAction.TERMINATE_COVERAGE, coverageOrMemberId);
        required(lastDay, "lastDay");
        CoverageState coverage = coverageOrMember(user, coverageOrMemberId);
        if (coverage.getStatus() != CoverageStatus.ACTIVE) {
            policy.recordRefused(user, DeskAction.TERMINATE_COVERAGE, idOf(coverage), "not active");
            throw new CoverageConflictException("Coverage " + idOf(coverage) + " is " + coverage.getStatus()
                    + " already (last day " + coverage.getPeriodEnd() + ")");
        }
        if (lastDay.isAfter(coverage.getPeriodEnd()) || lastDay.isBefore(coverage.getPeriodStart())) {
            throw new InvalidDeskInputException("lastDay", "lastDay must be within the coverage's period, "
                    + coverage.getPeriodStart() + " to " + coverage.getPeriodEnd() + "; was " + lastDay);
        }
        CoverageState terminated = act(user, DeskAction.TERMINATE_COVERAGE, idOf(coverage), () -> outputOf(
                run(new TerminateCoverageFlow.Initiator(coverage.getLinearId(), lastDay)), CoverageState.class));
        return withAccumulator(terminated);
    }

    // ---- reads --------------------------------------------------------------------------------

    /** The coverages on this node (current versions, active and terminated), of one member when given. */
    public List<EnrolledCoverage> coverages(DeskUser user, String memberId) {
        policy.require(user, DeskAction.SEARCH_COVERAGES, null);
        List<CoverageState> found = (isBlank(memberId) ? node.ledger().vault().unconsumed(CoverageState.class)
                : node.ledger().vault().unconsumedWithKey(CoverageState.class, ClaimLookupKeys.member(memberId.trim()))).stream()
                .map(s -> s.getState().getData())
                .filter(this::ours)
                .filter(c -> isBlank(memberId) || c.getMemberId().equals(memberId.trim()))
                .sorted(BY_MEMBER_NEWEST_FIRST)
                .collect(Collectors.toList());
        List<EnrolledCoverage> shown = new ArrayList<>(found.size());
        for (CoverageState coverage : found) {
            policy.recordAllowed(user, DeskAction.SEARCH_COVERAGES, idOf(coverage), null);
            shown.add(withAccumulator(coverage));
        }
        return shown;
    }

    /** One coverage, by its ledger id, with the member's accumulator for its plan year. */
    public EnrolledCoverage coverage(DeskUser user, String coverageId) {
        policy.require(user, DeskAction.READ_COVERAGE, coverageId);
        CoverageState coverage = byId(coverageId).orElseThrow(() -> {
            policy.recordUnknown(user, DeskAction.READ_COVERAGE, coverageId);
            return new CoverageNotFoundException("No coverage " + coverageId + " on this node");
        });
        policy.recordAllowed(user, DeskAction.READ_COVERAGE, idOf(coverage), null);
        return withAccumulator(coverage);
    }

    /** The id the desk and its API name a coverage by: its ledger (linear) id. */
    public static String idOf(CoverageState coverage) {
        return coverage.getLinearId().getId().toString();
    }

    // ---- the ledger ---------------------------------------------------------------------------

    private boolean ours(CoverageState coverage) {
        return coverage.getInsurer().equals(node.identity());
    }

    private List<CoverageState> activeCoverages(String memberId) {
        return node.ledger().vault().unconsumedWithKey(CoverageState.class, ClaimLookupKeys.member(memberId)).stream()
                .map(s -> s.getState().getData())
                .filter(c -> ours(c) && c.getStatus() == CoverageStatus.ACTIVE && c.getMemberId().equals(memberId)
                        && c.getPeriodStart() != null && c.getPeriodEnd() != null)
                .collect(Collectors.toList());
    }

    private Optional<CoverageState> byId(String coverageId) {
        UUID id;
        try {
            id = UUID.fromString(coverageId == null ? "" : coverageId.trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return node.ledger().vault().latest(new UniqueIdentifier(null, id), CoverageState.class)
                .map(s -> s.getState().getData())
                .filter(this::ours);
    }

    /** A coverage id names that coverage; anything else is a member id, naming the member's only active coverage. */
    private CoverageState coverageOrMember(DeskUser user, String coverageOrMemberId) {
        if (isBlank(coverageOrMemberId)) {
            throw new InvalidDeskInputException("id", "A coverage id or member id is required");
        }
        Optional<CoverageState> byId = byId(coverageOrMemberId);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<CoverageState> active = activeCoverages(coverageOrMemberId.trim());
        if (active.isEmpty()) {
            policy.recordUnknown(user, DeskAction.TERMINATE_COVERAGE, coverageOrMemberId);
            throw new CoverageNotFoundException("No coverage " + coverageOrMemberId + ", nor an active coverage of a member "
                    + coverageOrMemberId + ", on this node");
        }
        if (active.size() > 1) {
            throw new CoverageConflictException("Member " + coverageOrMemberId + " has " + active.size()
                    + " active coverages (" + active.stream().map(CoverageDesk::idOf).collect(Collectors.joining(", "))
                    + "); name the one to terminate by its id");
        }
        return active.get(0);
    }

    private Optional<BenefitAccumulatorState> accumulator(String memberId, String planId, int planYear) {
        return node.ledger().vault().unconsumedWithKey(BenefitAccumulatorState.class, ClaimLookupKeys.member(memberId)).stream()
                .map(s -> s.getState().getData())
                .filter(a -> a.getInsurer().equals(node.identity()) && a.getMemberId().equals(memberId)
                        && a.getPlanYear() == planYear && Objects.equals(a.getPlanId(), planId))
                .findFirst();
    }

    private EnrolledCoverage withAccumulator(CoverageState coverage) {
        BenefitAccumulatorState accumulator = coverage.getPeriodStart() == null ? null
                : accumulator(coverage.getMemberId(), coverage.getPlanId(), coverage.getPeriodStart().getYear()).orElse(null);
        return new EnrolledCoverage(coverage, accumulator);
    }

    private static Object lockFor(String memberId) {
        return MEMBER_LOCKS[Math.floorMod(memberId.hashCode(), MEMBER_LOCKS.length)];
    }

    // ---- running flows ------------------------------------------------------------------------

    /**
     * Runs an action and records its outcome (no PHI in the entry: the coverage by id only); a step that
     * issues no coverage (opening the accumulator) is recorded with the coverage it is for, or not at all.
     */
    private <T> T act(DeskUser user, DeskAction action, String id, Supplier<T> work) {
        T result = policy.attempt(user, action, id, work);
        if (result instanceof CoverageState coverage) {
            policy.recordAllowed(user, action, idOf(coverage), null);
        }
        return result;
    }

    private SignedTransaction run(FlowLogic<SignedTransaction> flow) {
        return completion.resultOf(node.startFlow(flow), CoverageConflictException::new);
    }

    private static <S extends net.corda.core.contracts.ContractState> S outputOf(SignedTransaction transaction, Class<S> type) {
        return transaction.getTx().outputsOfType(type).get(0);
    }

    private static String memberId(String given) {
        if (isBlank(given)) {
            throw new InvalidDeskInputException("memberId", "The member id is required");
        }
        String memberId = given.trim();
        if (!MEMBER_ID.matcher(memberId).matches()) {
            throw new InvalidDeskInputException("memberId", "A member id is 1 to 64 letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit");
        }
        return memberId;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidDeskInputException(field, field + " is required");
        }
        return value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
