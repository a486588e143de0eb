package net.claimsnet.node.desk;

import net.claimsnet.rules.model.Severity;
import net.claimsnet.contracts.ClaimLifecycle;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.claim.AppealClaimFlow;
import net.claimsnet.flows.claim.ClaimLocks;
import net.claimsnet.flows.claim.EligibilityAnswer;
import net.claimsnet.flows.claim.EligibilityFlow;
import net.claimsnet.flows.claim.PendClaimFlow;
import net.claimsnet.flows.claim.ProvideInformationFlow;
import net.claimsnet.flows.claim.ReplaceClaimFlow;
import net.claimsnet.flows.claim.RequestInformationFlow;
import net.claimsnet.flows.claim.SettleClaimFlow;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.claim.VaultClaimHistory;
import net.claimsnet.flows.claim.VoidClaimFlow;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.flows.rules.ScrubRulesPort;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.Node;
import net.claimsnet.states.Adjudication;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.PendReason;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static net.claimsnet.node.desk.ClaimDesk.idOf;

/**
 * What the desk's users do to claims: the provider's filing, answer, appeal, void and replacement,
 * the insurer's request for information, pend, adjudication and settlement.
 *
 * <p>Each command runs the same steps, in this order: the {@link DeskAccessPolicy} lets the user act;
 * the input is checked; the claim is read in scope; its status is checked against the contracts'
 * {@link ClaimLifecycle}; only then is the flow started and waited for. A wrong request thus fails
 * without a flow; what the ledger still refuses (a contract rule, a counterparty, the notary) comes
 * back as {@link ClaimConflictException} with its reason. Every outcome is audited.
 */
final class ClaimCommands {

    /** What an adjuster's decision records as its rule set: no rule set decided it. */
    static final String MANUAL_RULE_SET = "manual";

    private final Node node;
    private final DeskAccessPolicy policy;
    private final FlowCompletion completion;
    private final PatientPlanBook plans;
    private final IdempotentFiling filings;

    ClaimCommands(Node node, DeskAccessPolicy policy, FlowCompletion completion, PatientPlanBook plans) {
        this.node = Objects.requireNonNull(node, "node");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.completion = Objects.requireNonNull(completion, "completion");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.filings = new IdempotentFiling(node, completion);
    }

    // ---- the provider's steps -----------------------------------------------------------------

    /**
     * Scrubs the claim and, if the rules find no error, files it with the insurer: the named one, or
     * the only insurer on the network map when none is named. The plan on the patient's card, when
     * given, is recorded first for the scrub rules.
     */
    FilingResult submit(DeskUser user, ClaimDetails claim, String planId, String insurer) {
        policy.require(user, DeskAction.SUBMIT, null);
        Objects.requireNonNull(claim, "claim");
        Party insurerParty = insurer(insurer);
        // The same filing sent again (a retry after a lost answer) answers the claim filed then, unscrubbed.
        Optional<ClaimState> earlier;
        try {
            earlier = filings.earlierFiling(claim);
        } catch (ClaimConflictException otherDetails) {
            policy.recordRefused(user, DeskAction.SUBMIT, null, "the claim id was filed with other details");
            throw otherDetails;
        }
        if (earlier.isPresent()) {
            policy.recordAllowed(user, DeskAction.SUBMIT, idOf(earlier.get()), "already filed");
            return FilingResult.alreadyFiled(earlier.get());
        }
        rememberPlan(claim, planId);
        List<ScrubFinding> findings = scrub(claim);
        if (hasErrors(findings)) {
            policy.recordRefused(user, DeskAction.SUBMIT, null, "the scrub rules found errors");
            return FilingResult.rejected(findings);
        }
        IdempotentFiling.Filed filed = act(user, DeskAction.SUBMIT, null, () -> filings.file(claim,
                new SubmitClaimFlow.Initiator(claim, insurerParty.getName())));
        return filed.alreadyFiled() ? FilingResult.alreadyFiled(filed.claim()) : FilingResult.filed(filed.claim(), findings);
    }

    /** Runs the provider's scrub rules on a claim being written, files nothing; the plan is remembered as a submission does. */
    List<ScrubFinding> check(DeskUser user, ClaimDetails claim, String planId) {
        policy.require(user, DeskAction.CHECK, null);
        Objects.requireNonNull(claim, "claim");
        rememberPlan(claim, planId);
        return scrub(claim);
    }

    /** Asks the insurer whether the member is covered on the date; files nothing. */
    EligibilityAnswer eligibility(DeskUser user, String memberId, LocalDate dateOfService, String insurer) {
        policy.require(user, DeskAction.ELIGIBILITY, null);
        if (isBlank(memberId)) {
            throw new InvalidDeskInputException("memberId", "Enter the member id as printed on the insurance card");
        }
        if (dateOfService == null) {
            throw new InvalidDeskInputException("dateOfService", "Enter the date of service to ask about");
        }
        Party insurerParty = insurer(insurer);
        return act(user, DeskAction.ELIGIBILITY, null, () -> completion.resultOf(node.startFlow(
                new EligibilityFlow.Initiator(insurerParty.getName(), memberId.trim(), dateOfService)),
                ClaimConflictException::new));
    }

    ClaimState provideInformation(DeskUser user, String claimId, String answer, List<SecureHash> documents) {
        policy.require(user, DeskAction.PROVIDE_INFORMATION, claimId);
        List<SecureHash> attached = documents == null ? List.of() : List.copyOf(documents);
        if (isBlank(answer) && attached.isEmpty()) {
            throw new InvalidDeskInputException("answer", "An answer or at least one document is required");
        }
        ClaimState claim = allowedClaim(user, DeskAction.PROVIDE_INFORMATION, claimId, ClaimLifecycle.PROVIDE_INFORMATION);
        return act(user, DeskAction.PROVIDE_INFORMATION, idOf(claim), () -> onlyClaimIn(run(
                new ProvideInformationFlow.Initiator(claim.getLinearId(), isBlank(answer) ? null : answer, attached))));
    }

    ClaimState appeal(DeskUser user, String claimId, String reason, List<SecureHash> documents) {
        policy.require(user, DeskAction.APPEAL, claimId);
        if (isBlank(reason)) {
            throw new InvalidDeskInputException("reason", "An appeal must state a reason");
        }
        ClaimState claim = allowedClaim(user, DeskAction.APPEAL, claimId, ClaimLifecycle.APPEAL);
        return act(user, DeskAction.APPEAL, idOf(claim), () -> onlyClaimIn(run(new AppealClaimFlow.Initiator(
                claim.getLinearId(), reason, documents == null ? List.of() : documents))));
    }

    ClaimState voidClaim(DeskUser user, String claimId) {
        policy.require(user, DeskAction.VOID, claimId);
        ClaimState claim = allowedClaim(user, DeskAction.VOID, claimId, ClaimLifecycle.VOID);
        requireNoStepUnderWay(claim, VoidClaimFlow.Initiator.class);
        return act(user, DeskAction.VOID, idOf(claim), () -> onlyClaimIn(run(new VoidClaimFlow.Initiator(claim.getLinearId()))));
    }

    /**
     * Replaces an unsettled claim by a corrected one (frequency 7), scrubbed like a submission, the
     * plan on the patient's card (when given) recorded first; the result holds the replacement.
     */
    FilingResult replace(DeskUser user, String claimId, ClaimDetails corrected, String planId) {
        policy.require(user, DeskAction.REPLACE, claimId);
        Objects.requireNonNull(corrected, "corrected");
        ClaimState original = allowedClaim(user, DeskAction.REPLACE, claimId, ClaimLifecycle.REPLACE);
        requireNoStepUnderWay(original, ReplaceClaimFlow.Initiator.class);
        rememberPlan(corrected, planId);
        // Scrubbed as what it will be on the ledger: a replacement naming the claim it replaces.
        List<ScrubFinding> findings = scrub(corrected.withFrequencyCode(FrequencyCode.REPLACEMENT)
                .withOriginalClaimId(original.getLinearId()));
        if (hasErrors(findings)) {
            policy.recordRefused(user, DeskAction.REPLACE, idOf(original), "the scrub rules found errors");
            return FilingResult.rejected(findings);
        }
        SignedTransaction replacement = act(user, DeskAction.REPLACE, idOf(original),
                () -> run(new ReplaceClaimFlow.Initiator(original.getLinearId(), corrected)));
        ClaimState filed = replacement.getTx().outputsOfType(ClaimState.class).stream()
                .filter(c -> c.getStatus() == ClaimStatus.SUBMITTED).findFirst()
                .orElseThrow(() -> new IllegalStateException("A replacement without its new claim"));
        return FilingResult.filed(filed, findings);
    }

    // ---- the insurer's steps ------------------------------------------------------------------

    ClaimState requestInformation(DeskUser user, String claimId, String question, List<String> requestedItems) {
        policy.require(user, DeskAction.REQUEST_INFORMATION, claimId);
        if (isBlank(question)) {
            throw new InvalidDeskInputException("question", "A request for information must ask a question");
        }
        ClaimState claim = allowedClaim(user, DeskAction.REQUEST_INFORMATION, claimId, ClaimLifecycle.REQUEST_INFORMATION);
        return act(user, DeskAction.REQUEST_INFORMATION, idOf(claim), () -> onlyClaimIn(run(new RequestInformationFlow.Initiator(
                claim.getLinearId(), question, requestedItems == null ? List.of() : requestedItems))));
    }

    /** Holds the claim for review with the given reason codes ({@link PendReason#REVIEW} when none) and a note. */
    ClaimState pend(DeskUser user, String claimId, List<String> reasonCodes, String note) {
        policy.require(user, DeskAction.PEND, claimId);
        List<String> codes = reasonCodes == null ? List.of() : reasonCodes.stream().filter(c -> !isBlank(c))
                .map(String::trim).collect(Collectors.toList());
        ClaimState claim = allowedClaim(user, DeskAction.PEND, claimId, ClaimLifecycle.PEND);
        PendReason reason = new PendReason(codes.isEmpty() ? List.of(PendReason.REVIEW) : codes, isBlank(note) ? null : note.trim());
        return act(user, DeskAction.PEND, idOf(claim), () -> onlyClaimIn(run(
                new PendClaimFlow.Initiator(claim.getLinearId(), reason, reason.getNote()))));
    }

    /** Adjudicates by the insurer's rules; the rules may pend the claim for an adjuster instead. */
    ClaimState adjudicateByRules(DeskUser user, String claimId) {
        policy.require(user, DeskAction.ADJUDICATE, claimId);
        ClaimState claim = allowedClaim(user, DeskAction.ADJUDICATE, claimId, ClaimLifecycle.ADJUDICATE);
        return act(user, DeskAction.ADJUDICATE, idOf(claim), () -> onlyClaimIn(run(
                new AdjudicateClaimFlow.Initiator(claim.getLinearId()))));
    }

    /**
     * Adjudicates by the adjuster's decision on every line, recorded as decided by the user, rule set
     * {@value #MANUAL_RULE_SET}; a line paid for a service another live claim was paid for is refused
     * as the rules' duplicate edit would deny it (OA-18, {@link ManualDuplicateCheck}).
     */
    ClaimState adjudicate(DeskUser user, String claimId, List<LineDecisionInput> decisions) {
        policy.require(user, DeskAction.ADJUDICATE, claimId);
        if (decisions == null || decisions.isEmpty()) {
            throw new InvalidDeskInputException("lines", "A decision for every service line is required");
        }
        ClaimState claim = allowedClaim(user, DeskAction.ADJUDICATE, claimId, ClaimLifecycle.ADJUDICATE);
        Adjudication decision = AdjusterDecisions.adjudication(claim.getClaim(), decisions, user.name(), MANUAL_RULE_SET);
        try {
            new ManualDuplicateCheck(VaultClaimHistory.paidServices(node.stores().vault())).requireNoDuplicatePaid(claim, decision);
        } catch (ClaimConflictException duplicate) {
            policy.recordRefused(user, DeskAction.ADJUDICATE, idOf(claim), "duplicate service (OA-18)");
            throw duplicate;
        }
        return act(user, DeskAction.ADJUDICATE, idOf(claim), () -> onlyClaimIn(run(
                new AdjudicateClaimFlow.Initiator(claim.getLinearId(), decision))));
    }

    ClaimState settle(DeskUser user, String claimId, String paymentReference, LocalDate paymentDate) {
        policy.require(user, DeskAction.SETTLE, claimId);
        if (isBlank(paymentReference)) {
            throw new InvalidDeskInputException("paymentReference", "A settlement needs the payment's EFT trace number");
        }
        ClaimState claim = allowedClaim(user, DeskAction.SETTLE, claimId, ClaimLifecycle.SETTLE);
        if (claim.getAdjudication().totalPaid().signum() <= 0) {
            policy.recordRefused(user, DeskAction.SETTLE, idOf(claim), null);
            throw new ClaimConflictException("Claim " + idOf(claim) + " pays nothing: there is nothing to settle");
        }
        requireNoStepUnderWay(claim, SettleClaimFlow.Initiator.class);
        return act(user, DeskAction.SETTLE, idOf(claim), () -> onlyClaimIn(run(
                new SettleClaimFlow.Initiator(claim.getLinearId(), paymentReference, paymentDate))));
    }

    // ---- the steps every command shares -------------------------------------------------------

    /**
     * The claim in the user's scope, if the lifecycle lets the command follow its status; else refused
     * before any flow starts, with the lifecycle's own sentence (the one the contract would state).
     */
    private ClaimState allowedClaim(DeskUser user, DeskAction action, String claimId, ClaimLifecycle command) {
        ClaimState claim = policy.claimInScope(user, action, claimId).getState().getData();
        if (!command.allowedOn(claim)) {
            throw new ClaimConflictException(command.refusal(claim));
        }
        return claim;
    }

    /**
     * A step that holds the claim's lock ({@link ClaimLocks}) is still running on this node: the
     * same step asked again (a second click, a retry after a lost answer) is answered as still running,
     * with that flow's id, rather than started twice; another step is refused until it ends.
     */
    private void requireNoStepUnderWay(ClaimState claim, Class<?> step) {
        node.flows().lockHolder(ClaimLocks.stepOn(claim.getLinearId())).ifPresent(running -> {
            if (running.flowName().equals(step.getName())) {
                throw new FlowStillRunningException(running.flowId());
            }
            throw new ClaimConflictException("Another step on claim " + idOf(claim) + " is under way (flow " + running.flowId()
                    + ", " + running.flowName().substring(running.flowName().lastIndexOf('.') + 1)
                    + "): try again when it has ended");
        });
    }

    /** Runs the action and records its outcome, a done one under the claim it produced (a filing has no id before). */
    private <T> T act(DeskUser user, DeskAction action, String claimId, Supplier<T> work) {
        T result = policy.attempt(user, action, claimId, work);
        ClaimState claim = result instanceof ClaimState c ? c
                : result instanceof IdempotentFiling.Filed f ? f.claim() : null;
        policy.recordAllowed(user, action, claim != null ? idOf(claim) : claimId, null);
        return result;
    }

    private SignedTransaction run(FlowLogic<SignedTransaction> flow) {
        return completion.resultOf(node.startFlow(flow), ClaimConflictException::new);
    }

    private static ClaimState onlyClaimIn(SignedTransaction transaction) {
        return transaction.getTx().outputsOfType(ClaimState.class).get(0);
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
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** The named insurer on the network map, or its only insurer when none is named. */
    private Party insurer(String insurer) {
        List<Party> insurers = node.ledger().networkMap().partiesWithRole(NodeRole.INSURER);
        if (isBlank(insurer)) {
            if (insurers.size() != 1) {
                throw new InvalidDeskInputException("insurer", "Name the insurer: the network has " + insurers.size()
                        + " (" + insurers.stream().map(p -> p.getName().toString()).collect(Collectors.joining("; ")) + ")");
            }
            return insurers.get(0);
        }
        return insurers.stream().filter(p -> PartyNames.namedBy(p.getName(), insurer)).findFirst()
                .orElseThrow(() -> new InvalidDeskInputException("insurer", "No insurer " + insurer + " on the network map"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
