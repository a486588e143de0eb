package net.claimsnet.node.desk;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.flows.claim.ReadLogAnswer;
import net.claimsnet.flows.claim.ReadLogFlow;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.ledger.identity.NetworkMapEntry;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.storage.VaultStore;
import net.claimsnet.node.Node;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static net.claimsnet.node.desk.ClaimDesk.firstDateOfService;
import static net.claimsnet.node.desk.ClaimDesk.idOf;

/**
 * What the desk's users read about claims: the work lists' searches (sorted, paged and counted), a
 * claim and its timeline, and the auditor's views: the integrity of a claim's chain, its read logs
 * and the dashboards' statistics. Every read is in the user's scope and audited by the
 * {@link DeskAccessPolicy} before its data is returned.
 */
final class ClaimQueries {

    /** How many entries of a claim's read log are shown, the newest. */
    static final int READ_LOG_MAX = 500;

    /** Shared by the desks of the JVM: a desk is made per request, its node's searches outlive it. */
    private static final SearchResults SEARCH_RESULTS = new SearchResults();

    private final Node node;
    private final DeskAccessPolicy policy;
    private final FlowCompletion completion;

    ClaimQueries(Node node, DeskAccessPolicy policy, FlowCompletion completion) {
        this.node = Objects.requireNonNull(node, "node");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.completion = Objects.requireNonNull(completion, "completion");
    }

    // ---- work lists ---------------------------------------------------------------------------

    /** A page of the claims in scope that match every given criterion, in the search's order. */
    ClaimPage search(DeskUser user, ClaimSearch search) {
        policy.require(user, DeskAction.SEARCH, null);
        List<ClaimState> matching = matching(search);
        int fromIndex = (int) Math.min((long) search.page() * search.size(), matching.size());
        int toIndex = (int) Math.min((long) fromIndex + search.size(), matching.size());
        List<ClaimState> page = matching.subList(fromIndex, toIndex);
        policy.recordAllowedEach(user, DeskAction.SEARCH, page.stream().map(ClaimDesk::idOf).collect(Collectors.toList()));
        return new ClaimPage(page, search.page(), search.size(), matching.size());
    }

    /** How many claims in scope the search matches (its page aside). Nothing is audited, as no claim is shown. */
    long count(DeskUser user, ClaimSearch search) {
        policy.require(user, DeskAction.COUNT, null);
        return matching(search).size();
    }

    /**
     * How many current claims in scope have each status, counted through the vault's status index
     * without reading any claim (a work list's counts). A node's vault holds only the claims it is a
     * party to (or observed, on an auditor's node), so the index counts exactly the desk's scope.
     */
    Map<ClaimStatus, Long> countByStatus(DeskUser user) {
        policy.require(user, DeskAction.COUNT, null);
        Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            counts.put(status, node.ledger().vault().countUnconsumedWithKey(ClaimState.class, ClaimLookupKeys.status(status)));
        }
        return counts;
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
                .filter(policy::inScope)
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
            return List.of(vault.unconsumedWithKey(ClaimState.class,
                    ClaimLookupKeys.provider(PartyNames.organisationIn(search.provider()))));
        }
        return List.of(vault.unconsumed(ClaimState.class));
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
                    && (isBlank(search.provider()) || PartyNames.namedBy(claim.getProvider().getName(), search.provider()))
                    && (search.from() == null || (served != null && !served.isBefore(search.from())))
                    && (search.to() == null || (served != null && !served.isAfter(search.to())));
        };
    }

    // ---- one claim ----------------------------------------------------------------------------

    /** The claim's current version. */
    ClaimState claim(DeskUser user, String claimId) {
        ClaimState claim = readable(user, DeskAction.READ, claimId);
        policy.recordAllowed(user, DeskAction.READ, idOf(claim), null);
        return claim;
    }

    /** Every transaction of the claim this node holds, oldest first: the claim's timeline. */
    List<ClaimTransaction> history(DeskUser user, String claimId) {
        ClaimState claim = readable(user, DeskAction.READ_HISTORY, claimId);
        List<ClaimTransaction> history = new ArrayList<>();
        for (StateAndRef<ClaimState> version : node.ledger().vault().history(claim.getLinearId(), ClaimState.class)) {
            SignedTransaction transaction = node.ledger().transactions().find(version.getRef().getTxhash())
                    .orElseThrow(() -> new IllegalStateException("The vault names transaction "
                            + version.getRef().getTxhash() + " that the transaction store does not hold"));
            history.add(describe(transaction, version.getState().getData().getStatus()));
        }
        policy.recordAllowed(user, DeskAction.READ_HISTORY, idOf(claim), null);
        return history;
    }

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

    // ---- the auditor's checks and reports -----------------------------------------------------

    /** Re-checks the claim's history on this node, transaction by transaction (see {@link ClaimChainVerifier}); audited with the verdict. */
    List<TransactionIntegrity> verifyIntegrity(DeskUser user, String claimId) {
        ClaimState claim = readable(user, DeskAction.VERIFY, claimId);
        List<TransactionIntegrity> results = new ClaimChainVerifier(node.ledger().vault(), node.ledger().transactions(),
                node.ledger().verifier(), node.ledger().networkMap()).verify(claim.getLinearId());
        long failed = results.stream().filter(r -> !r.ok()).count();
        policy.recordAllowed(user, DeskAction.VERIFY, idOf(claim), failed == 0
                ? "all " + results.size() + " transactions verified"
                : failed + " of " + results.size() + " transactions failed");
        return results;
    }

    /** Who did what with the claim on this node, newest first; this read is recorded before the log is read. */
    List<ClaimAuditEntry> readLog(DeskUser user, String claimId) {
        ClaimState claim = readable(user, DeskAction.READ_LOG, claimId);
        policy.recordAllowed(user, DeskAction.READ_LOG, idOf(claim), null);
        return policy.entriesFor(idOf(claim), READ_LOG_MAX);
    }

    /**
     * The claim's read log on every node that holds it, for the network's auditor: this node's own, then
     * the provider's and the insurer's, which they disclose to the auditor alone ({@link ReadLogFlow});
     * both are asked at once. A party that refuses or does not answer in time is shown as unavailable,
     * with the reason, never as an empty log. Any other reader gets this node's log only.
     */
    List<NodeReadLog> readLogs(DeskUser user, String claimId) {
        List<ClaimAuditEntry> own = readLog(user, claimId);
        List<NodeReadLog> logs = new ArrayList<>();
        logs.add(NodeReadLog.of(node.name().getOrganisation(), own));
        if (node.role() != NodeRole.AUDITOR || !user.has(DeskRole.AUDITOR)) {
            return logs;
        }
        ClaimState claim = policy.claimInScope(user, DeskAction.READ_LOG, claimId).getState().getData();
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
    ClaimStatistics statistics(DeskUser user) {
        policy.require(user, DeskAction.STATISTICS, null);
        Clock clock = node.services().clock();
        ClaimStatisticsTally tally = new ClaimStatisticsTally(LocalDate.ofInstant(clock.instant(), clock.getZone()));
        for (StateAndRef<ClaimState> current : node.ledger().vault().unconsumed(ClaimState.class)) {
            ClaimState claim = current.getState().getData();
            if (policy.inScope(claim)) {
                tally.add(claim);
            }
        }
        List<Long> daysToPayment = new ArrayList<>();
        for (ClaimState paid : tally.paymentsToTime()) {
            filedOn(paid, clock.getZone()).ifPresent(filed -> daysToPayment.add(
                    ChronoUnit.DAYS.between(filed, paid.getSettlement().getPaymentDate())));
        }
        ClaimStatistics statistics = tally.result(daysToPayment);
        policy.recordAllowed(user, DeskAction.STATISTICS, null, statistics.totalClaims() + " claims");
        return statistics;
    }

    /** The day the claim was filed: its first transaction's notarised time window, else when this node recorded it. */
    private Optional<LocalDate> filedOn(ClaimState claim, ZoneId zone) {
        List<StateAndRef<ClaimState>> versions = node.ledger().vault().history(claim.getLinearId(), ClaimState.class);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        SecureHash first = versions.get(0).getRef().getTxhash();
        Optional<Instant> windowed = node.ledger().transactions().find(first)
                .map(t -> t.getTx().getTimeWindow())
                .map(w -> w.getFromTime() != null ? w.getFromTime() : w.getUntilTime());
        Optional<Instant> filed = windowed.isPresent() ? windowed : node.ledger().transactions().recordedAt(first);
        return filed.map(at -> LocalDate.ofInstant(at, zone));
    }

    /** The claim's current version, if the user reads claims and it is in scope (each refusal audited). */
    private ClaimState readable(DeskUser user, DeskAction action, String claimId) {
        policy.require(user, action, claimId);
        return policy.claimInScope(user, action, claimId).getState().getData();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
