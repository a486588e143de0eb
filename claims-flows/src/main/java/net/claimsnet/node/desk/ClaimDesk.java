package net.claimsnet.node.desk;

import net.claimsnet.flows.claim.EligibilityAnswer;
import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.Node;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.PendReason;
import net.claimsnet.states.ServiceLine;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The claims desk of one node: what billing staff, adjusters and auditors do with claims, over the
 * node's vault and flows. The one door the REST resources, FHIR and X12 adapters and Faces pages
 * call; behind it each concern has its own class:
 *
 * <ul>
 *   <li>{@link DeskAccessPolicy}: who may take which {@link DeskAction} on which node, which claims a
 *   node's users see (a claim out of scope is "not found"), and the audit trail's entries;</li>
 *   <li>{@link ClaimCommands}: each step of a claim's life, checked (role, input, scope, the
 *   contracts' lifecycle) before its flow starts;</li>
 *   <li>{@link ClaimQueries}: searches with sort and paging, a claim and its timeline, and the
 *   auditor's integrity check, read logs and statistics.</li>
 * </ul>
 *
 * A desk is made per request and keeps no state between requests.
 */
public final class ClaimDesk {

    /** What an adjuster's decision records as its rule set: no rule set decided it. */
    public static final String MANUAL_RULE_SET = ClaimCommands.MANUAL_RULE_SET;

    /** How many entries of a claim's read log are shown, the newest. */
    public static final int READ_LOG_MAX = ClaimQueries.READ_LOG_MAX;

    private final Node node;
    private final ClaimCommands commands;
    private final ClaimQueries queries;

    /** A desk whose scrub rules need no plan from the patient's card. */
    public ClaimDesk(Node node, ClaimAuditTrail audit, FlowCompletion completion) {
        this(node, audit, completion, PatientPlanBook.NONE);
    }

    public ClaimDesk(Node node, ClaimAuditTrail audit, FlowCompletion completion, PatientPlanBook plans) {
        this.node = Objects.requireNonNull(node, "node");
        DeskAccessPolicy policy = new DeskAccessPolicy(node, audit);
        this.commands = new ClaimCommands(node, policy, completion, plans);
        this.queries = new ClaimQueries(node, policy, completion);
    }

    public NodeRole nodeRole() {
        return node.role();
    }

    public CordaX500Name nodeName() {
        return node.name();
    }

    /** The id the desk and its API name a claim by: its ledger (linear) id. */
    public static String idOf(ClaimState claim) {
        return claim.getLinearId().getId().toString();
    }

    /** The claim's first date of service (the date its work lists sort and filter by); null when no line has one. */
    public static LocalDate firstDateOfService(ClaimState claim) {
        return claim.getClaim().getServiceLines().stream().map(ServiceLine::getDateOfService)
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    // ---- reads (ClaimQueries) -----------------------------------------------------------------

    /** A page of the claims in scope that match every given criterion, in the search's order; each claim on it audited. */
    public ClaimPage search(DeskUser user, ClaimSearch search) {
        return queries.search(user, search);
    }

    /** How many claims in scope the search matches (its page aside): what a lazy table needs first. Not audited. */
    public long count(DeskUser user, ClaimSearch search) {
        return queries.count(user, search);
    }

    /** How many current claims in scope have each status, without reading any claim. */
    public Map<ClaimStatus, Long> countByStatus(DeskUser user) {
        return queries.countByStatus(user);
    }

    /** The claim's current version. */
    public ClaimState claim(DeskUser user, String claimId) {
        return queries.claim(user, claimId);
    }

    /** Every transaction of the claim this node holds, oldest first. */
    public List<ClaimTransaction> history(DeskUser user, String claimId) {
        return queries.history(user, claimId);
    }

    /**
     * Re-checks the claim's history on this node, transaction by transaction (see {@link ClaimChainVerifier}):
     * one result per transaction, oldest first. Any claim reader in scope may ask; audited as VERIFY, with
     * the verdict.
     */
    public List<TransactionIntegrity> verifyIntegrity(DeskUser user, String claimId) {
        return queries.verifyIntegrity(user, claimId);
    }

    /**
     * Who did what with the claim on this node (the newest {@value #READ_LOG_MAX} entries, newest first),
     * for the claim's readers in scope; this read is itself recorded (READ_LOG), before the log is read.
     */
    public List<ClaimAuditEntry> readLog(DeskUser user, String claimId) {
        return queries.readLog(user, claimId);
    }

    /**
     * The claim's read log on every node that holds it, for the network's auditor (a party that does
     * not answer is shown as unavailable, never as an empty log); any other reader gets this node's only.
     */
    public List<NodeReadLog> readLogs(DeskUser user, String claimId) {
        return queries.readLogs(user, claimId);
    }

    /** The dashboards' figures over every current claim in scope. */
    public ClaimStatistics statistics(DeskUser user) {
        return queries.statistics(user);
    }

    // ---- the provider's steps (ClaimCommands) -------------------------------------------------

    /**
     * Scrubs the claim and, if the rules find no error, files it with the insurer: the named one, or
     * the only insurer on the network map when none is named. This is the filing's only scrub (the
     * flow does not scrub again): here its findings, warnings too, go back to the clerk with the result.
     */
    public FilingResult submit(DeskUser user, ClaimDetails claim, String insurer) {
        return commands.submit(user, claim, null, insurer);
    }

    /**
     * As {@link #submit(DeskUser, ClaimDetails, String)}, recording first the plan on the patient's card
     * (when given) for the scrub rules.
     */
    public FilingResult submit(DeskUser user, ClaimDetails claim, String planId, String insurer) {
        return commands.submit(user, claim, planId, insurer);
    }

    /**
     * Runs the provider's scrub rules on a claim being written, files nothing: what the desk's "Check"
     * shows next to each field before the clerk submits. The plan on the patient's card (when given)
     * is remembered for the rules, as a submission does.
     */
    public List<ScrubFinding> check(DeskUser user, ClaimDetails claim, String planId) {
        return commands.check(user, claim, planId);
    }

    /**
     * Asks the insurer (the named one, or the network's only one) whether the member is covered on the
     * date and what is left of the plan year's deductible and out-of-pocket maximum, before a claim is
     * written: the new-claim form's member look-up, FHIR CoverageEligibilityRequest and X12 270 at a
     * provider. Files nothing; the question is recorded here and the answer at the insurer.
     */
    public EligibilityAnswer eligibility(DeskUser user, String memberId, LocalDate dateOfService, String insurer) {
        return commands.eligibility(user, memberId, dateOfService, insurer);
    }

    /** Answers the insurer's open request for information, in text and/or documents (by hash). */
    public ClaimState provideInformation(DeskUser user, String claimId, String answer, List<SecureHash> documents) {
        return commands.provideInformation(user, claimId, answer, documents);
    }

    /** Appeals the adjudication of the claim with a reason and supporting documents (by hash). */
    public ClaimState appeal(DeskUser user, String claimId, String reason, List<SecureHash> documents) {
        return commands.appeal(user, claimId, reason, documents);
    }

    /** Withdraws an unsettled claim (frequency 8). */
    public ClaimState voidClaim(DeskUser user, String claimId) {
        return commands.voidClaim(user, claimId);
    }

    /**
     * Replaces an unsettled claim by a corrected one (frequency 7), scrubbed like a submission; the
     * result holds the replacement (the original ends REPLACED).
     */
    public FilingResult replace(DeskUser user, String claimId, ClaimDetails corrected) {
        return commands.replace(user, claimId, corrected, null);
    }

    /** As {@link #replace(DeskUser, String, ClaimDetails)}, recording first the plan on the patient's card (when given). */
    public FilingResult replace(DeskUser user, String claimId, ClaimDetails corrected, String planId) {
        return commands.replace(user, claimId, corrected, planId);
    }

    // ---- the insurer's steps (ClaimCommands) --------------------------------------------------

    /** Asks the provider for more information, e.g. an operative report (RARC N264). */
    public ClaimState requestInformation(DeskUser user, String claimId, String question, List<String> requestedItems) {
        return commands.requestInformation(user, claimId, question, requestedItems);
    }

    /**
     * Holds the claim for an adjuster's review with reason codes (e.g. {@code OA-133}; {@link PendReason#REVIEW}
     * when none is given) and a note without PHI, which the provider and the auditor see too.
     */
    public ClaimState pend(DeskUser user, String claimId, List<String> reasonCodes, String note) {
        return commands.pend(user, claimId, reasonCodes, note);
    }

    /** Adjudicates by the insurer's rules; the rules may pend the claim for an adjuster instead. */
    public ClaimState adjudicateByRules(DeskUser user, String claimId) {
        return commands.adjudicateByRules(user, claimId);
    }

    /**
     * Adjudicates by the adjuster's decision on every line (approve, reduce or deny, with group code,
     * CARC and RARC); recorded as decided by the user, rule set {@value #MANUAL_RULE_SET}.
     */
    public ClaimState adjudicate(DeskUser user, String claimId, List<LineDecisionInput> decisions) {
        return commands.adjudicate(user, claimId, decisions);
    }

    /** Pays what the adjudication allows, identified by the payment's EFT trace number; the date defaults to today. */
    public ClaimState settle(DeskUser user, String claimId, String paymentReference, LocalDate paymentDate) {
        return commands.settle(user, claimId, paymentReference, paymentDate);
    }
}
