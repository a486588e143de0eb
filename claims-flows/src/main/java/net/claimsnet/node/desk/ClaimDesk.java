package net.claimsnet.node.desk;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.ClaimLifecycle;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.claim.AppealClaimFlow;
import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.flows.claim.PendClaimFlow;
import net.claimsnet.flows.claim.ProvideInformationFlow;
import net.claimsnet.flows.claim.ReadLogAnswer;
import net.claimsnet.flows.claim.EligibilityAnswer;
import net.claimsnet.flows.claim.EligibilityFlow;
import net.claimsnet.flows.claim.ReadLogFlow;
import net.claimsnet.flows.claim.ReplaceClaimFlow;
import net.claimsnet.flows.claim.RequestInformationFlow;
import net.claimsnet.flows.claim.SettleClaimFlow;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.claim.VoidClaimFlow;
import net.claimsnet.flows.engine.FlowFailedException;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.flows.rules.ScrubRulesPort;
import net.claimsnet.ledger.identity.NetworkMapEntry;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.storage.VaultStore;
import net.claimsnet.node.Node;
import net.claimsnet.states.Adjudication;
import net.claimsnet.states.AdjudicationOutcome;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.LineDecision;
import net.claimsnet.states.PendReason;
import net.claimsnet.states.ServiceLine;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The claims desk of one node: what billing staff, adjusters and auditors do with claims, over the
 * node's vault and flows.
 *
 * <ul>
 *   <li><b>Scope</b>: a provider node's users see the claims it filed, an insurer's those filed with
 *   it, an auditor's those it observed; a claim out of scope is "not found".</li>
 *   <li><b>Roles</b>: BILLING files, answers, appeals, voids and replaces, on a provider node;
 *   ADJUSTER requests information, adjudicates and settles, on an insurer node; BILLING, ADJUSTER
 *   and AUDITOR read; NODE_ADMIN reads no claims.</li>
 *   <li><b>Checks first</b>: the desk checks the claim's status and the input before it starts a
 *   flow, so a wrong request fails without a flow; what the ledger still refuses (a contract rule, a
 *   counterparty, the notary) comes back as {@link ClaimConflictException} with its reason. Either
 *   way nothing is recorded.</li>
 *   <li><b>Audit</b>: every read of a claim and every action is written to the {@link ClaimAuditTrail},
 *   a read before its data is returned.</li>
 * </ul>
 */
public final class ClaimDesk {

    /** What an adjuster's decision records as its rule set: no rule set decided it. */
    public static final String MANUAL_RULE_SET = "manual";

    private static final Set<DeskRole> READERS = EnumSet.of(DeskRole.BILLING, DeskRole.ADJUSTER, DeskRole.AUDITOR);


    /** Shared by the desks of the JVM: a desk is made per request, its node's searches outlive it. */
    private static final SearchResults SEARCH_RESULTS = new SearchResults();

    private final Node node;
    private final ClaimAuditTrail audit;
    private final FlowCompletion completion;
    private final PatientPlanBook plans;

    /** A desk whose scrub rules need no plan from the patient's card. */
    public ClaimDesk(Node node, ClaimAuditTrail audit, FlowCompletion completion) {
        this(node, audit, completion, PatientPlanBook.NONE);
    }

    public ClaimDesk(Node node, ClaimAuditTrail audit, FlowCompletion completion, PatientPlanBook plans) {
        this.node = Objects.requireNonNull(node, "node");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.completion = Objects.requireNonNull(completion, "completion");
        this.plans = Objects.requireNonNull(plans, "plans");
    }

    public NodeRole nodeRole() {
        return node.role();
    }

    public CordaX500Name nodeName() {
        return node.name();
    }

    // ---- reads --------------------------------------------------------------------------------

    /** A page of the claims in scope that match every given criterion, in the search's order. */
    public ClaimPage search(DeskUser user, ClaimSearch search) {
        requireReader(user, "SEARCH", null);
        List<ClaimState> matching = matching(search);
        int fromIndex = (int) Math.min((long) search.page() * search.size(), matching.size());
        int toIndex = (int) Math.min((long) fromIndex + search.size(), matching.size());
        List<ClaimState> page = matching.subList(fromIndex, toIndex);
        audit.recordEach(user.name(), "SEARCH", page.stream().map(ClaimDesk::idOf).collect(Collectors.toList()),
                ClaimAuditTrail.ALLOWED);
        return new ClaimPage(page, search.page(), search.size(), matching.size());
    }

    /**
     * How many claims in scope the search matches (its page aside): what a lazy table needs before it
     * asks for a page. Nothing is audited, as no claim is shown.
     */
    public long count(DeskUser user, ClaimSearch search) {
        requireReader(user, "COUNT", null);
        return matching(search).size();
    }

    /**
     * The claims in scope that match every criterion, in the search's order; the search is checked
     * first. Kept while the vault's look-ups answer with the same lists ({@link SearchResults}).
     */
    private List<ClaimState> matching(ClaimSearch search) {
        if (search.page() < 0) {
            throw new InvalidDeskInputException("page", "page must be 0 or more; was " + search.page());
        }
        if (search.size() < 1 || search.size() > ClaimSearch.MAX_SIZE) {
            throw new InvalidDeskInputException("size", "size must be between 1 and " + ClaimSearch.MAX_SIZE
                    + "; was " + search.size());
        }
        if (search.from() != null && search.to() != null && search.to().isBefore(search.from())) {
            throw new InvalidDeskInputException("to", "to (" + search.to() + ") must not be before from (" + search.from() + ")");
        }
        if (search.minCharge() != null && search.maxCharge() != null && search.maxCharge().compareTo(search.minCharge()) < 0) {
            throw new InvalidDeskInputException("maxCharge", "The highest charge (" + search.maxCharge()
                    + ") must not be below the lowest (" + search.minCharge() + ")");
        }
        List<List<StateAndRef<ClaimState>>> sources = candidates(search);
        return SEARCH_RESULTS.matches(node.name(), search.withPage(0, 1), sources, () -> sources.stream()
                .flatMap(List::stream)
                .map(s -> s.getState().getData())
                .filter(this::inScope)
                .filter(matches(search))
                .sorted(ClaimOrdering.of(search.order()))
                .collect(Collectors.toList()));
    }

    /**
     * The current claims the search can match, read through the vault's narrowest index: by claim
     * id, else member, else status (an adjuster's queue; one list per status when several are asked),
     * else provider. Only a search by dates alone, or none, reads every current claim.
     */
    private List<List<StateAndRef<ClaimState>>> candidates(ClaimSearch search) {
        VaultStore vault = node.ledger().vault();
        if (!isBlank(search.claimId())) {
            return List.of(vault.unconsumedWithKey(ClaimState.class, ClaimLookupKeys.claimId(search.claimId())));
        }
        if (!isBlank(search.memberId())) {
            return List.of(vault.unconsumedWithKey(ClaimState.class, ClaimLookupKeys.member(search.memberId())));
        }
        if (!search.statuses().isEmpty()) {
            List<List<StateAndRef<ClaimState>>> withStatus = new ArrayList<>();
            for (ClaimStatus status : search.statuses()) {
                withStatus.add(vault.unconsumedWithKey(ClaimState.class, ClaimLookupKeys.status(status)));
            }
            return withStatus;
        }
        if (!isBlank(search.provider())) {
            return List.of(vault.unconsumedWithKey(ClaimState.class, ClaimLookupKeys.provider(organisationIn(search.provider()))));
        }
        return List.of(vault.unconsumed(ClaimState.class));
    }

    /**
     * How many current claims in scope have each status, counted through the vault's status index
     * without reading any claim (a work list's counts). A node's vault holds only the claims it is a
     * party to (or observed, on an auditor's node), so the index counts exactly the desk's scope.
     */
    public Map<ClaimStatus, Long> countByStatus(DeskUser user) {
        requireReader(user, "COUNT", null);
        Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            counts.put(status, node.ledger().vault().countUnconsumedWithKey(ClaimState.class, ClaimLookupKeys.status(status)));
        }
        return counts;
    }

    /** The claim's current version. */
    public ClaimState claim(DeskUser user, String claimId) {
        requireReader(user, "READ", claimId);
        ClaimState claim = current(user, "READ", claimId).getState().getData();
        audit.record(user.name(), "READ", idOf(claim), ClaimAuditTrail.ALLOWED, null);
        return claim;
    }

    /** Every transaction of the claim this node holds, oldest first. */
    public List<ClaimTransaction> history(DeskUser user, String claimId) {
        requireReader(user, "READ_HISTORY", claimId);
        ClaimState claim = current(user, "READ_HISTORY", claimId).getState().getData();
        List<ClaimTransaction> history = new ArrayList<>();
        for (StateAndRef<ClaimState> version : node.ledger().vault().history(claim.getLinearId(), ClaimState.class)) {
            SignedTransaction transaction = node.ledger().transactions().find(version.getRef().getTxhash())
                    .orElseThrow(() -> new IllegalStateException("The vault names transaction "
                            + version.getRef().getTxhash() + " that the transaction store does not hold"));
            history.add(describe(transaction, version.getState().getData().getStatus()));
        }
        audit.record(user.name(), "READ_HISTORY", idOf(claim), ClaimAuditTrail.ALLOWED, null);
        return history;
    }

    // ---- the provider's steps -----------------------------------------------------------------

    /**
     * Scrubs the claim and, if the rules find no error, files it with the insurer: the named one, or
     * the only insurer on the network map when none is named. This is the filing's only scrub (the
     * flow does not scrub again): here its findings, warnings too, go back to the clerk with the result.
     */
    public FilingResult submit(DeskUser user, ClaimDetails claim, String insurer) {
        return submit(user, claim, null, insurer);
    }

    /**
     * As {@link #submit(DeskUser, ClaimDetails, String)}, recording first the plan on the patient's card
     * (when given) for the scrub rules.
     */
    public FilingResult submit(DeskUser user, ClaimDetails claim, String planId, String insurer) {
        requireAction(user, DeskRole.BILLING, NodeRole.PROVIDER, "SUBMIT", null, "file claims");
        Objects.requireNonNull(claim, "claim");
        Party insurerParty = insurer(insurer);
        rememberPlan(claim, planId);
        List<ScrubFinding> findings = scrub(claim);
        if (hasErrors(findings)) {
            audit.record(user.name(), "SUBMIT", null, ClaimAuditTrail.REFUSED, "the scrub rules found errors");
            return FilingResult.rejected(findings);
        }
        ClaimState filed = act(user, "SUBMIT", null, () -> onlyClaimIn(run(
                new SubmitClaimFlow.Initiator(claim, insurerParty.getName()))));
        return FilingResult.filed(filed, findings);
    }

    /**
     * Runs the provider's scrub rules on a claim being written, files nothing: what the desk's "Check"
     * shows next to each field before the clerk submits. The plan on the patient's card (when given)
     * is remembered for the rules, as a submission does.
     */
    public List<ScrubFinding> check(DeskUser user, ClaimDetails claim, String planId) {
        requireAction(user, DeskRole.BILLING, NodeRole.PROVIDER, "CHECK", null, "check claims");
        Objects.requireNonNull(claim, "claim");
        rememberPlan(claim, planId);
        return scrub(claim);
    }

    /**
     * Asks the insurer (the named one, or the network's only one) whether the member is covered on the
     * date and what is left of the plan year's deductible and out-of-pocket maximum, before a claim is
     * written: the new-claim form's member look-up, FHIR CoverageEligibilityRequest and X12 270 at a
     * provider. Files nothing; the question is recorded here and the answer at the insurer.
     */
    public EligibilityAnswer eligibility(DeskUser user, String memberId, LocalDate dateOfService, String insurer) {
        requireAction(user, DeskRole.BILLING, NodeRole.PROVIDER, "ELIGIBILITY", null, "ask about coverage");
        if (isBlank(memberId)) {
            throw new InvalidDeskInputException("memberId", "Enter the member id as printed on the insurance card");
        }
        if (dateOfService == null) {
            throw new InvalidDeskInputException("dateOfService", "Enter the date of service to ask about");
        }
        Party insurerParty = insurer(insurer);
        return act(user, "ELIGIBILITY", null, () -> completion.resultOf(node.startFlow(
                new EligibilityFlow.Initiator(insurerParty.getName(), memberId.trim(), dateOfService)),
                ClaimConflictException::new));
    }

    /** Answers the insurer's open request for information, in text and/or documents (by hash). */
    public ClaimState provideInformation(DeskUser user, String claimId, String answer, List<SecureHash> documents) {
        requireAction(user, DeskRole.BILLING, NodeRole.PROVIDER, "PROVIDE_INFORMATION", claimId, "answer requests for information");
        List<SecureHash> attached = documents == null ? List.of() : List.copyOf(documents);
        if (isBlank(answer) && attached.isEmpty()) {
            throw new InvalidDeskInputException("answer", "An answer or at least one document is required");
        }
        ClaimState claim = currentFor(user, "PROVIDE_INFORMATION", claimId);
        require(claim, ClaimLifecycle.PROVIDE_INFORMATION);
        return act(user, "PROVIDE_INFORMATION", idOf(claim), () -> onlyClaimIn(run(
                new ProvideInformationFlow.Initiator(claim.getLinearId(), isBlank(answer) ? null : answer, attached))));
    }

    /** Appeals the adjudication of the claim with a reason and supporting documents (by hash). */
    public ClaimState appeal(DeskUser user, String claimId, String reason, List<SecureHash> documents) {
        requireAction(user, DeskRole.BILLING, NodeRole.PROVIDER, "APPEAL", claimId, "appeal claims");
        if (isBlank(reason)) {
            throw new InvalidDeskInputException("reason", "An appeal must state a reason");
        }
        ClaimState claim = currentFor(user, "APPEAL", claimId);
        require(claim, ClaimLifecycle.APPEAL);
        return act(user, "APPEAL", idOf(claim), () -> onlyClaimIn(run(new AppealClaimFlow.Initiator(
                claim.getLinearId(), reason, documents == null ? List.of() : documents))));
    }

    /** Withdraws an unsettled claim (frequency 8). */
    public ClaimState voidClaim(DeskUser user, String claimId) {
        requireAction(user, DeskRole.BILLING, NodeRole.PROVIDER, "VOID", claimId, "void claims");
        ClaimState claim = currentFor(user, "VOID", claimId);
        require(claim, ClaimLifecycle.VOID);
        return act(user, "VOID", idOf(claim), () -> onlyClaimIn(run(new VoidClaimFlow.Initiator(claim.getLinearId()))));
    }

    /**
     * Replaces an unsettled claim by a corrected one (frequency 7), scrubbed like a submission; the
     * result holds the replacement (the original ends REPLACED).
     */
    public FilingResult replace(DeskUser user, String claimId, ClaimDetails corrected) {
        return replace(user, claimId, corrected, null);
    }

    /** As {@link #replace(DeskUser, String, ClaimDetails)}, recording first the plan on the patient's card (when given). */
    public FilingResult replace(DeskUser user, String claimId, ClaimDetails corrected, String planId) {
        requireAction(user, DeskRole.BILLING, NodeRole.PROVIDER, "REPLACE", claimId, "replace claims");
        Objects.requireNonNull(corrected, "corrected");
        ClaimState original = currentFor(user, "REPLACE", claimId);
        require(original, ClaimLifecycle.REPLACE);
        rememberPlan(corrected, planId);
        List<ScrubFinding> findings = scrub(corrected.withFrequencyCode(FrequencyCode.REPLACEMENT)
                .withOriginalClaimId(original.getLinearId()));
        if (hasErrors(findings)) {
            audit.record(user.name(), "REPLACE", idOf(original), ClaimAuditTrail.REFUSED, "the scrub rules found errors");
            return FilingResult.rejected(findings);
        }
        SignedTransaction replacement = act(user, "REPLACE", idOf(original),
                () -> run(new ReplaceClaimFlow.Initiator(original.getLinearId(), corrected)));
        ClaimState filed = replacement.getTx().outputsOfType(ClaimState.class).stream()
                .filter(c -> c.getStatus() == ClaimStatus.SUBMITTED).findFirst()
                .orElseThrow(() -> new IllegalStateException("A replacement without its new claim"));
        return FilingResult.filed(filed, findings);
    }

    // ---- the insurer's steps ------------------------------------------------------------------

    /** Asks the provider for more information, e.g. an operative report (RARC N264). */
    public ClaimState requestInformation(DeskUser user, String claimId, String question, List<String> requestedItems) {
        requireAction(user, DeskRole.ADJUSTER, NodeRole.INSURER, "REQUEST_INFORMATION", claimId, "request information");
        if (isBlank(question)) {
            throw new InvalidDeskInputException("question", "A request for information must ask a question");
        }
        ClaimState claim = currentFor(user, "REQUEST_INFORMATION", claimId);
        require(claim, ClaimLifecycle.REQUEST_INFORMATION);
        return act(user, "REQUEST_INFORMATION", idOf(claim), () -> onlyClaimIn(run(new RequestInformationFlow.Initiator(
                claim.getLinearId(), question, requestedItems == null ? List.of() : requestedItems))));
    }

    /**
     * Holds the claim for an adjuster's review with reason codes (e.g. {@code OA-133}; {@link PendReason#REVIEW}
     * when none is given) and a note without PHI, which the provider and the auditor see too.
     */
    public ClaimState pend(DeskUser user, String claimId, List<String> reasonCodes, String note) {
        requireAction(user, DeskRole.ADJUSTER, NodeRole.INSURER, "PEND", claimId, "pend claims");
        List<String> codes = reasonCodes == null ? List.of() : reasonCodes.stream().filter(c -> !isBlank(c))
                .map(String::trim).collect(Collectors.toList());
        ClaimState claim = currentFor(user, "PEND", claimId);
        require(claim, ClaimLifecycle.PEND);
        PendReason reason = new PendReason(codes.isEmpty() ? List.of(PendReason.REVIEW) : codes, isBlank(note) ? null : note.trim());
        return act(user, "PEND", idOf(claim), () -> onlyClaimIn(run(
                new PendClaimFlow.Initiator(claim.getLinearId(), reason, reason.getNote()))));
    }

    /** Adjudicates by the insurer's rules; the rules may pend the claim for an adjuster instead. */
    public ClaimState adjudicateByRules(DeskUser user, String claimId) {
        requireAction(user, DeskRole.ADJUSTER, NodeRole.INSURER, "ADJUDICATE", claimId, "adjudicate claims");
        ClaimState claim = currentFor(user, "ADJUDICATE", claimId);
        require(claim, ClaimLifecycle.ADJUDICATE);
        return act(user, "ADJUDICATE", idOf(claim), () -> onlyClaimIn(run(new AdjudicateClaimFlow.Initiator(claim.getLinearId()))));
    }

    /**
     * Adjudicates by the adjuster's decision on every line (approve, reduce or deny, with group code,
     * CARC and RARC); recorded as decided by the user, rule set {@value #MANUAL_RULE_SET}.
     */
    public ClaimState adjudicate(DeskUser user, String claimId, List<LineDecisionInput> decisions) {
        requireAction(user, DeskRole.ADJUSTER, NodeRole.INSURER, "ADJUDICATE", claimId, "adjudicate claims");
        if (decisions == null || decisions.isEmpty()) {
            throw new InvalidDeskInputException("lines", "A decision for every service line is required");
        }
        ClaimState claim = currentFor(user, "ADJUDICATE", claimId);
        require(claim, ClaimLifecycle.ADJUDICATE);
        Adjudication decision = AdjusterDecisions.adjudication(claim.getClaim(), decisions, user.name(), MANUAL_RULE_SET);
        return act(user, "ADJUDICATE", idOf(claim), () -> onlyClaimIn(run(
                new AdjudicateClaimFlow.Initiator(claim.getLinearId(), decision))));
    }

    /** Pays what the adjudication allows, identified by the payment's EFT trace number; the date defaults to today. */
    public ClaimState settle(DeskUser user, String claimId, String paymentReference, LocalDate paymentDate) {
        requireAction(user, DeskRole.ADJUSTER, NodeRole.INSURER, "SETTLE", claimId, "settle claims");
        if (isBlank(paymentReference)) {
            throw new InvalidDeskInputException("paymentReference", "A settlement needs the payment's EFT trace number");
        }
        ClaimState claim = currentFor(user, "SETTLE", claimId);
        require(claim, ClaimLifecycle.SETTLE);
        if (claim.getAdjudication().totalPaid().signum() <= 0) {
            throw refused(user, "SETTLE", claim, "Claim " + idOf(claim) + " pays nothing: there is nothing to settle");
        }
        return act(user, "SETTLE", idOf(claim), () -> onlyClaimIn(run(
                new SettleClaimFlow.Initiator(claim.getLinearId(), paymentReference, paymentDate))));
    }

    // ---- scope and permissions ----------------------------------------------------------------

    private boolean inScope(ClaimState claim) {
        switch (node.role()) {
            case PROVIDER:
                return claim.getProvider().equals(node.identity());
            case INSURER:
                return claim.getInsurer().equals(node.identity());
            case AUDITOR:
                // The auditor holds exactly the claims it observed.
                return true;
            default:
                return false;
        }
    }

    private void requireReader(DeskUser user, String action, String claimId) {
        if (user.roles().stream().noneMatch(READERS::contains)) {
            audit.record(user.name(), action, claimId, ClaimAuditTrail.DENIED, "no role that reads claims");
            throw new DeskAccessDeniedException("Reading claims needs the BILLING, ADJUSTER or AUDITOR role");
        }
    }

    private void requireAction(DeskUser user, DeskRole role, NodeRole nodeRole, String action, String claimId, String what) {
        if (!user.has(role) || node.role() != nodeRole) {
            audit.record(user.name(), action, claimId, ClaimAuditTrail.DENIED, "needs " + role + " on a " + nodeRole + " node");
            throw new DeskAccessDeniedException("Only " + role + " users of a " + nodeRole.name().toLowerCase(Locale.ROOT)
                    + " node " + what + "; this is a " + node.role().name().toLowerCase(Locale.ROOT) + " node");
        }
    }

    /** The claim's current version in scope; an id that names none (or is no id at all) is not found. */
    private StateAndRef<ClaimState> current(DeskUser user, String action, String claimId) {
        Optional<StateAndRef<ClaimState>> found = parseId(claimId)
                .flatMap(id -> node.ledger().vault().latest(id, ClaimState.class))
                .filter(s -> inScope(s.getState().getData()));
        if (found.isEmpty()) {
            audit.record(user.name(), action, claimId, ClaimAuditTrail.DENIED, "unknown or out of scope");
            throw new ClaimNotFoundException(claimId);
        }
        return found.get();
    }

    private ClaimState currentFor(DeskUser user, String action, String claimId) {
        return current(user, action, claimId).getState().getData();
    }

    private static Optional<UniqueIdentifier> parseId(String claimId) {
        if (claimId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UniqueIdentifier(null, UUID.fromString(claimId)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Refuses, before any flow starts, a command the claim's status does not allow, stating the lifecycle's rule. */
    private void require(ClaimState claim, ClaimLifecycle command) {
        if (!command.allowedOn(claim)) {
            throw new ClaimConflictException(command.refusal(claim));
        }
    }

    private ClaimConflictException refused(DeskUser user, String action, ClaimState claim, String reason) {
        audit.record(user.name(), action, idOf(claim), ClaimAuditTrail.REFUSED, null);
        return new ClaimConflictException(reason);
    }

    // ---- running flows ------------------------------------------------------------------------

    /** Runs an action and records its outcome; a refusal is recorded with the reason's first words only (no PHI). */
    private <T> T act(DeskUser user, String action, String claimId, Supplier<T> work) {
        T result;
        try {
            result = work.get();
        } catch (ClaimConflictException e) {
            audit.record(user.name(), action, claimId, ClaimAuditTrail.REFUSED, null);
            throw e;
        } catch (FlowStillRunningException e) {
            audit.record(user.name(), action, claimId, ClaimAuditTrail.RUNNING, "flow " + e.flowId());
            throw e;
        }
        String id = result instanceof ClaimState ? idOf((ClaimState) result) : claimId;
        audit.record(user.name(), action, id, ClaimAuditTrail.ALLOWED, null);
        return result;
    }

    private SignedTransaction run(FlowLogic<SignedTransaction> flow) {
        return completion.resultOf(node.startFlow(flow), ClaimConflictException::new);
    }

    private void rememberPlan(ClaimDetails claim, String planId) {
        if (!isBlank(planId)) {
            plans.remember(claim.getPatient().getMemberId(), planId.trim());
        }
    }

    /**
     * The provider's scrub rules on a claim being filed or checked. A filing is scrubbed here once, not
     * again in its flow: every filing starts at the desk (pages, REST, FHIR, X12) and only here can the
     * findings be shown before anything is filed; a second scrub could only repeat this one or disagree
     * with what the clerk saw. What the ledger requires of a new claim, the contract verifies.
     */
    private List<ScrubFinding> scrub(ClaimDetails claim) {
        LocalDate today = LocalDate.ofInstant(node.services().clock().instant(), node.services().clock().getZone());
        return node.services().service(ScrubRulesPort.class).scrub(claim, today);
    }

    private static boolean hasErrors(List<ScrubFinding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == net.claimsnet.rules.model.Severity.ERROR);
    }

    private Party insurer(String insurer) {
        List<Party> insurers = node.ledger().networkMap().partiesWithRole(NodeRole.INSURER);
        if (isBlank(insurer)) {
            if (insurers.size() != 1) {
                throw new InvalidDeskInputException("insurer", "Name the insurer: the network has " + insurers.size()
                        + " (" + insurers.stream().map(p -> p.getName().toString()).collect(Collectors.joining("; ")) + ")");
            }
            return insurers.get(0);
        }
        return insurers.stream().filter(p -> namedBy(p.getName(), insurer)).findFirst()
                .orElseThrow(() -> new InvalidDeskInputException("insurer", "No insurer " + insurer + " on the network map"));
    }

    // ---- what the desk shows ------------------------------------------------------------------

    private ClaimTransaction describe(SignedTransaction transaction, ClaimStatus statusAfter) {
        List<String> commands = transaction.getTx().getCommands().stream()
                .map(c -> c.getValue())
                .filter(v -> v instanceof ClaimContract.Commands)
                .map(v -> v.getClass().getSimpleName())
                .collect(Collectors.toList());
        Party notary = transaction.getTx().getNotary();
        List<String> signers = new ArrayList<>();
        boolean notarised = false;
        Set<String> seen = new HashSet<>();
        for (TransactionSignature signature : transaction.getSigs()) {
            notarised |= notary != null && notary.getOwningKey().equals(signature.getBy());
            String signer = node.ledger().networkMap().findByKey(signature.getBy())
                    .map(NetworkMapEntry::getName).map(CordaX500Name::toString)
                    .orElse("an unknown key");
            if (seen.add(signer)) {
                signers.add(signer);
            }
        }
        TimeWindow window = transaction.getTx().getTimeWindow();
        return new ClaimTransaction(transaction.getId().toString(), commands,
                node.ledger().transactions().recordedAt(transaction.getId()).orElse(null),
                window == null ? null : window.getFromTime(), window == null ? null : window.getUntilTime(),
                signers, notarised, statusAfter);
    }

    private static Predicate<ClaimState> matches(ClaimSearch search) {
        return claim -> {
            ClaimDetails details = claim.getClaim();
            // Worked out only when a filter needs it: every current claim passes here on each list page.
            LocalDate served = search.from() == null && search.to() == null ? null : firstDateOfService(claim);
            BigDecimal charged = search.minCharge() == null && search.maxCharge() == null ? null : claim.getClaim().totalCharge();
            return search.admits(claim.getStatus())
                    && (search.minCharge() == null || charged.compareTo(search.minCharge()) >= 0)
                    && (search.maxCharge() == null || charged.compareTo(search.maxCharge()) <= 0)
                    && (isBlank(search.pendReason()) || (claim.getPendReason() != null
                        && claim.getPendReason().getCodes().stream().anyMatch(search.pendReason().trim()::equalsIgnoreCase)))
                    && (isBlank(search.memberId()) || search.memberId().equals(details.getPatient().getMemberId()))
                    && (isBlank(search.claimId()) || search.claimId().equals(details.getClaimId()))
                    && (isBlank(search.provider()) || namedBy(claim.getProvider().getName(), search.provider()))
                    && (search.from() == null || (served != null && !served.isBefore(search.from())))
                    && (search.to() == null || (served != null && !served.isAfter(search.to())));
        };
    }

    /** Whether a party is meant by a name given as its organisation or as its full X.500 name. */
    /** The organisation a provider is searched by: the name given, or the organisation of an X.500 name given. */
    private static String organisationIn(String given) {
        try {
            return CordaX500Name.parse(given.trim()).getOrganisation();
        } catch (IllegalArgumentException e) {
            return given;
        }
    }

    private static boolean namedBy(CordaX500Name name, String given) {
        String wanted = given.trim();
        if (name.getOrganisation().equalsIgnoreCase(wanted)) {
            return true;
        }
        try {
            return CordaX500Name.parse(wanted).equals(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ClaimState onlyClaimIn(SignedTransaction transaction) {
        return transaction.getTx().outputsOfType(ClaimState.class).get(0);
    }

    /** The claim's first date of service (the date its work lists sort and filter by); null when no line has one. */
    public static LocalDate firstDateOfService(ClaimState claim) {
        return claim.getClaim().getServiceLines().stream().map(ServiceLine::getDateOfService)
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    /** The id the desk and its API name a claim by: its ledger (linear) id. */
    public static String idOf(ClaimState claim) {
        return claim.getLinearId().getId().toString();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    // ---- the auditor's checks and reports (integrity, read log, statistics) ----------------------

    /** How many entries of a claim's read log are shown, the newest. */
    public static final int READ_LOG_MAX = 500;

    /**
     * Re-checks the claim's history on this node, transaction by transaction (see {@link ClaimChainVerifier}):
     * one result per transaction, oldest first. Any claim reader in scope may ask; audited as VERIFY, with
     * the verdict.
     */
    public List<TransactionIntegrity> verifyIntegrity(DeskUser user, String claimId) {
        requireReader(user, "VERIFY", claimId);
        ClaimState claim = current(user, "VERIFY", claimId).getState().getData();
        List<TransactionIntegrity> results = new ClaimChainVerifier(node.ledger().vault(), node.ledger().transactions(),
                node.ledger().verifier(), node.ledger().networkMap()).verify(claim.getLinearId());
        long failed = results.stream().filter(r -> !r.ok()).count();
        audit.record(user.name(), "VERIFY", idOf(claim), ClaimAuditTrail.ALLOWED, failed == 0
                ? "all " + results.size() + " transactions verified"
                : failed + " of " + results.size() + " transactions failed");
        return results;
    }

    /**
     * Who did what with the claim on this node (the newest {@value #READ_LOG_MAX} entries, newest first),
     * for the claim's readers in scope; this read is itself recorded (READ_LOG), before the log is read.
     */
    public List<ClaimAuditEntry> readLog(DeskUser user, String claimId) {
        requireReader(user, "READ_LOG", claimId);
        ClaimState claim = current(user, "READ_LOG", claimId).getState().getData();
        audit.record(user.name(), "READ_LOG", idOf(claim), ClaimAuditTrail.ALLOWED, null);
        return audit.entriesFor(idOf(claim), READ_LOG_MAX);
    }

    /**
     * The claim's read log on every node that holds it, for the network's auditor: this node's own, then
     * the provider's and the insurer's, which they disclose to the auditor alone ({@link ReadLogFlow});
     * both are asked at once. A party that refuses or does not answer in time is shown as unavailable,
     * with the reason, never as an empty log. Any other reader gets this node's log only.
     */
    public List<NodeReadLog> readLogs(DeskUser user, String claimId) {
        List<ClaimAuditEntry> own = readLog(user, claimId);
        List<NodeReadLog> logs = new ArrayList<>();
        logs.add(NodeReadLog.of(node.name().getOrganisation(), own));
        if (node.role() != NodeRole.AUDITOR || !user.has(DeskRole.AUDITOR)) {
            return logs;
        }
        ClaimState claim = current(user, "READ_LOG", claimId).getState().getData();
        Map<Party, FlowHandle<ReadLogAnswer>> asked = new LinkedHashMap<>();
        for (Party party : List.of(claim.getProvider(), claim.getInsurer())) {
            asked.put(party, node.startFlow(new ReadLogFlow.Initiator(party.getName(), idOf(claim))));
        }
        asked.forEach((party, answer) -> {
            String organisation = party.getName().getOrganisation();
            try {
                List<ClaimAuditEntry> entries = completion.resultOf(answer, ClaimConflictException::new).getRecords().stream()
                        .map(r -> new ClaimAuditEntry(r.getAt(), r.getActor(), r.getAction(), idOf(claim), r.getOutcome(), null))
                        .collect(Collectors.toList());
                logs.add(NodeReadLog.of(organisation, entries));
            } catch (ClaimConflictException e) {
                logs.add(NodeReadLog.unavailable(organisation, e.getMessage()));
            } catch (FlowStillRunningException e) {
                logs.add(NodeReadLog.unavailable(organisation, organisation + " has not answered yet; open the trail again later"));
            }
        });
        return logs;
    }

    /**
     * The dashboards' figures over every current claim in scope, read in one pass; timing payments then
     * reads the first transaction of the latest {@value ClaimStatistics#TIMED_PAYMENTS} settled claims.
     * Nothing is cached here: a caller that shows it often keeps it for a while.
     */
    public ClaimStatistics statistics(DeskUser user) {
        requireReader(user, "STATISTICS", null);
        java.time.Clock clock = node.services().clock();
        ClaimStatisticsTally tally = new ClaimStatisticsTally(LocalDate.ofInstant(clock.instant(), clock.getZone()));
        for (StateAndRef<ClaimState> current : node.ledger().vault().unconsumed(ClaimState.class)) {
            ClaimState claim = current.getState().getData();
            if (inScope(claim)) {
                tally.add(claim);
            }
        }
        List<Long> daysToPayment = new ArrayList<>();
        for (ClaimState paid : tally.paymentsToTime()) {
            filedOn(paid, clock.getZone()).ifPresent(filed -> daysToPayment.add(
                    java.time.temporal.ChronoUnit.DAYS.between(filed, paid.getSettlement().getPaymentDate())));
        }
        ClaimStatistics statistics = tally.result(daysToPayment);
        audit.record(user.name(), "STATISTICS", null, ClaimAuditTrail.ALLOWED, statistics.totalClaims() + " claims");
        return statistics;
    }

    /** The day the claim was filed: its first transaction's notarised time window, else when this node recorded it. */
    private Optional<LocalDate> filedOn(ClaimState claim, java.time.ZoneId zone) {
        List<StateAndRef<ClaimState>> versions = node.ledger().vault().history(claim.getLinearId(), ClaimState.class);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        SecureHash first = versions.get(0).getRef().getTxhash();
        Optional<java.time.Instant> windowed = node.ledger().transactions().find(first)
                .map(t -> t.getTx().getTimeWindow())
                .map(w -> w.getFromTime() != null ? w.getFromTime() : w.getUntilTime());
        Optional<java.time.Instant> filed = windowed.isPresent() ? windowed : node.ledger().transactions().recordedAt(first);
        return filed.map(at -> LocalDate.ofInstant(at, zone));
    }

    /** Builds an adjudication from an adjuster's line decisions, checking each before any flow runs. */
    static final class AdjusterDecisions {

        private AdjusterDecisions() {
        }

        static Adjudication adjudication(ClaimDetails claim, List<LineDecisionInput> decisions, String adjuster,
                                         String ruleSet) {
            List<LineAdjudication> lines = new ArrayList<>();
            Set<Integer> decided = new HashSet<>();
            for (int i = 0; i < decisions.size(); i++) {
                LineDecisionInput input = decisions.get(i);
                String at = "lines[" + i + "]";
                if (input == null) {
                    throw new InvalidDeskInputException(at, at + " is empty");
                }
                ServiceLine line = claim.getServiceLines().stream().filter(l -> l.getSequence() == input.sequence())
                        .findFirst().orElseThrow(() -> new InvalidDeskInputException(at + ".sequence",
                                "The claim has no service line " + input.sequence()));
                if (!decided.add(input.sequence())) {
                    throw new InvalidDeskInputException(at + ".sequence", "Line " + input.sequence() + " is decided twice");
                }
                if (input.decision() == null) {
                    throw new InvalidDeskInputException(at + ".decision", "A decision (APPROVED, REDUCED or DENIED) is required on line "
                            + input.sequence());
                }
                lines.add(line(line, input, at, adjuster));
            }
            for (ServiceLine line : claim.getServiceLines()) {
                if (!decided.contains(line.getSequence())) {
                    throw new InvalidDeskInputException("lines", "Line " + line.getSequence() + " has no decision");
                }
            }
            lines.sort(Comparator.comparingInt(LineAdjudication::getSequence));
            return new Adjudication(lines, outcomeOf(lines), ruleSet, adjuster, 0);
        }

        private static LineAdjudication line(ServiceLine line, LineDecisionInput input, String at, String adjuster) {
            BigDecimal adjusted = BigDecimal.ZERO.setScale(2);
            BigDecimal patient = BigDecimal.ZERO.setScale(2);
            List<Adjustment> inCents = new ArrayList<>();
            for (int j = 0; j < input.adjustments().size(); j++) {
                Adjustment adjustment = input.adjustments().get(j);
                String field = at + ".adjustments[" + j + "]";
                if (adjustment == null) {
                    throw new InvalidDeskInputException(field, field + " is empty");
                }
                if (adjustment.getGroup() == null) {
                    throw new InvalidDeskInputException(field + ".group", "A group code (CO, PR, OA or PI) is required");
                }
                if (isBlank(adjustment.getCarc())) {
                    throw new InvalidDeskInputException(field + ".carc", "A reason code (CARC) is required");
                }
                BigDecimal amount = adjustment.getAmount();
                if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                    throw new InvalidDeskInputException(field + ".amount", "The amount must be 0 or more, in cents");
                }
                amount = amount.setScale(2);
                inCents.add(adjustment.withAmount(amount));
                adjusted = adjusted.add(amount);
                if (adjustment.getGroup() == AdjustmentGroup.PR) {
                    patient = patient.add(amount);
                }
            }
            boolean onlyWriteOffAndPatientShare = inCents.stream().allMatch(ContractAdjustments::isWriteOffOrPatientShare);
            if (input.decision() == LineDecision.APPROVED && !onlyWriteOffAndPatientShare) {
                throw new InvalidDeskInputException(at + ".adjustments", "An approved line may only be adjusted by the fee schedule"
                        + " (CO-45) and the patient's share (PR): line " + line.getSequence() + " has another reduction, so decide it REDUCED");
            }
            if (input.decision() == LineDecision.REDUCED && onlyWriteOffAndPatientShare) {
                throw new InvalidDeskInputException(at + ".adjustments", "A reduced line needs a reduction other than the fee schedule"
                        + " (CO-45) or the patient's share (PR), e.g. CO-97 (bundled): line " + line.getSequence()
                        + " has none, so approve it or add the reduction");
            }
            BigDecimal paid = line.getCharge().subtract(adjusted);
            if (paid.signum() < 0) {
                throw new InvalidDeskInputException(at + ".adjustments", "The adjustments on line " + line.getSequence()
                        + " (" + adjusted + ") exceed its charge (" + line.getCharge() + ")");
            }
            if (input.decision() == LineDecision.DENIED && paid.signum() != 0) {
                throw new InvalidDeskInputException(at + ".adjustments", "A denied line pays nothing: the adjustments on line "
                        + line.getSequence() + " must add up to its charge (" + line.getCharge() + ")");
            }
            return new LineAdjudication(line.getSequence(), input.decision(), line.getCharge(), paid.add(patient).setScale(2),
                    paid.setScale(2), inCents, patient.setScale(2), List.of("adjuster " + adjuster));
        }

        private static AdjudicationOutcome outcomeOf(List<LineAdjudication> lines) {
            boolean allDenied = lines.stream().allMatch(l -> l.getDecision() == LineDecision.DENIED);
            boolean allApproved = lines.stream().allMatch(l -> l.getDecision() == LineDecision.APPROVED);
            return allDenied ? AdjudicationOutcome.DENIED
                    : allApproved ? AdjudicationOutcome.APPROVED : AdjudicationOutcome.PARTIALLY_APPROVED;
        }
    }
}
