package net.claimsnet.bench.chaos;

import net.claimsnet.bench.network.ClaimsApi;
import net.claimsnet.bench.network.ClaimsApi.Answer;
import net.claimsnet.bench.network.Json;
import net.claimsnet.bench.network.NetworkNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static net.claimsnet.bench.chaos.Findings.Kind.DIVERGED;

/**
 * The nodes' vaults against each other and against the notary, state by state, from each node's
 * ledger digest ({@code GET /api/admin/ledger/digest}: refs, content hashes, consuming transactions)
 * for the states recorded or consumed since the run began (a consumption whose transaction the notary
 * committed before that is looked up in its commit log). Every state held by more than one node
 * has the same content and the same fate at each; a state a node holds as consumed was committed by
 * the notary to that same transaction; a state the notary committed is held consumed, by that
 * transaction, at every node that holds it.
 */
final class LedgerAgreement {

    /** One node's view of a state. */
    record Held(String contentHash, boolean consumed, String consumedBy) {
    }

    private final ClaimsApi api;
    private final Findings findings;

    LedgerAgreement(ClaimsApi api, Findings findings) {
        this.api = api;
        this.findings = findings;
    }

    /** Returns how many states were compared. */
    int check(List<NetworkNode> nodes, NetworkNode notary, Instant since) throws InterruptedException {
        Map<String, Map<String, Held>> byRef = new HashMap<>();
        Map<String, String> committed = new HashMap<>();
        for (NetworkNode node : nodes) {
            Object digest = digest(node.as("admin"), since);
            for (Object state : (List<?>) Json.at(digest, "states")) {
                byRef.computeIfAbsent(Json.text(state, "ref"), ref -> new LinkedHashMap<>()).put(node.id(),
                        new Held(Json.text(state, "contentHash"), "true".equals(Json.text(state, "consumed")),
                                Json.text(state, "consumedBy")));
            }
            if (node.id().equals(notary.id())) {
                for (Object commit : (List<?>) Json.at(digest, "notaryCommits")) {
                    committed.put(Json.text(commit, "ref"), Json.text(commit, "consumedBy"));
                }
            }
        }
        NetworkNode notaryAdmin = notary.as("admin");
        for (Map.Entry<String, Map<String, Held>> state : byRef.entrySet()) {
            compare(state.getKey(), state.getValue(), committed.get(state.getKey()), notaryAdmin);
        }
        return byRef.size();
    }

    private void compare(String ref, Map<String, Held> holders, String committedTo, NetworkNode notaryAdmin)
            throws InterruptedException {
        // A node that knows the ref only as spent (no content) has nothing to compare but its consumption.
        if (holders.values().stream().map(Held::contentHash).filter(Objects::nonNull).distinct().count() > 1) {
            findings.add(DIVERGED, "state " + ref + " has other contents at other nodes: " + hashes(holders));
        }
        for (Map.Entry<String, Held> holder : holders.entrySet()) {
            Held held = holder.getValue();
            if (held.consumed() && committedTo == null && !committedBeforeTheRun(notaryAdmin, held.consumedBy())) {
                findings.add(DIVERGED, "state " + ref + " is consumed at " + holder.getKey() + " by " + held.consumedBy()
                        + " but the notary committed no transaction for it");
            } else if (committedTo != null && !held.consumed()) {
                findings.add(DIVERGED, "state " + ref + " is unconsumed at " + holder.getKey() + " but the notary committed "
                        + committedTo + " for it");
            } else if (committedTo != null && held.consumedBy() != null && !Objects.equals(committedTo, held.consumedBy())) {
                findings.add(DIVERGED, "state " + ref + " is consumed at " + holder.getKey() + " by " + held.consumedBy()
                        + " but the notary committed " + committedTo + " for it");
            }
        }
    }

    /**
     * The notary's digest covers what it committed since the run began; a node may record the consumption
     * later (a flow left over from before the run, finished once that node was back): the notary's commit
     * log, asked for the consuming transaction, says whether it committed it at all.
     */
    private boolean committedBeforeTheRun(NetworkNode notaryAdmin, String transactionId) throws InterruptedException {
        if (transactionId == null) {
            return false;
        }
        return QuietReads.get(api, notaryAdmin, "api/admin/notary/commit-log/" + transactionId, Set.of(200, 404)).status() == 200;
    }

    private static Map<String, String> hashes(Map<String, Held> holders) {
        Map<String, String> hashes = new LinkedHashMap<>();
        holders.forEach((node, held) -> hashes.put(node, held.contentHash() == null ? "spent only"
                : held.contentHash().substring(0, 12)));
        return hashes;
    }

    private Object digest(NetworkNode admin, Instant since) throws InterruptedException {
        String path = "api/admin/ledger/digest?limit=200000&since=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8);
        Answer answer = QuietReads.get(api, admin, path, Set.of(200));
        if ("true".equals(Json.text(answer.json(), "statesTruncated"))) {
            throw new IllegalStateException(admin.id() + " holds more than 200,000 states changed in the run: too many to compare");
        }
        return answer.json();
    }
}
