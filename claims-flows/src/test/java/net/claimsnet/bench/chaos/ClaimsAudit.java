package net.claimsnet.bench.chaos;

import net.claimsnet.bench.network.ClaimsApi;
import net.claimsnet.bench.network.ClaimsApi.Answer;
import net.claimsnet.bench.network.Json;
import net.claimsnet.bench.network.NetworkNode;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static net.claimsnet.bench.chaos.Findings.Kind.DIVERGED;
import static net.claimsnet.bench.chaos.Findings.Kind.DUPLICATED;
import static net.claimsnet.bench.chaos.Findings.Kind.LOST;

/**
 * The claims of a chaos run, party by party, once the network is quiet: each accepted claim in one
 * terminal state at its provider, the insurer and the regulator, with the same transactions at each;
 * filed once, adjudicated once, settled at most once; and each member's out-of-pocket accumulator
 * grown by exactly the patient shares of the member's claims adjudicated in the run.
 */
final class ClaimsAudit {

    private static final Set<String> TERMINAL = Set.of("SETTLED", "DENIED");

    private final ClaimsApi api;
    private final NetworkNode insurer;
    private final NetworkNode regulator;
    private final Findings findings;

    ClaimsAudit(ClaimsApi api, NetworkNode insurer, NetworkNode regulator, Findings findings) {
        this.api = api;
        this.insurer = insurer;
        this.regulator = regulator;
        this.findings = findings;
    }

    /** A claim the run filed: at which provider, under which provider claim id, for which member. */
    record FiledClaim(NetworkNode provider, String claimId, String memberId) {
    }

    /** Checks each claim; returns how many a desk accepted (the clerk may have lost the answer: the provider is asked). */
    int check(List<FiledClaim> claims, Map<String, BigDecimal> outOfPocketBefore) throws InterruptedException {
        Map<String, BigDecimal> patientShares = new HashMap<>();
        int accepted = 0;
        for (FiledClaim claim : claims) {
            List<?> filed = (List<?>) Json.at(read(claim.provider(), "api/claims?size=5&claimId=" + claim.claimId()).json(), "claims");
            if (filed.isEmpty()) {
                continue;
            }
            accepted++;
            if (filed.size() > 1) {
                findings.add(DUPLICATED, claim.claimId() + " is " + filed.size() + " claims at " + claim.provider().id());
            }
            String id = Json.text(filed.get(0), "id");
            Object atInsurer = checkParties(claim, id);
            // The accumulator counts a claim's patient share when it is adjudicated, settled or not.
            String share = atInsurer == null ? null : Json.text(atInsurer, "adjudication.totalPatientResponsibility");
            if (share != null) {
                patientShares.merge(claim.memberId(), new BigDecimal(share), BigDecimal::add);
            }
        }
        for (Map.Entry<String, BigDecimal> member : patientShares.entrySet()) {
            BigDecimal before = outOfPocketBefore.get(member.getKey());
            BigDecimal after = outOfPocketMet(member.getKey());
            if (before == null || after.subtract(before).compareTo(member.getValue()) != 0) {
                findings.add(DIVERGED, "member " + member.getKey() + "'s out-of-pocket accumulator went from " + before + " to "
                        + after + " while the patient shares of the run's adjudicated claims add up to " + member.getValue());
            }
        }
        return accepted;
    }

    /** The claim at each party: terminal and equal, the same transactions, one adjudication, at most one settlement. */
    private Object checkParties(FiledClaim claim, String id) throws InterruptedException {
        Map<String, Answer> claims = new HashMap<>();
        Map<String, List<String>> histories = new HashMap<>();
        for (NetworkNode party : List.of(claim.provider(), insurer, regulator)) {
            Answer read = read(party, "api/claims/" + id);
            claims.put(party.id(), read);
            if (read.status() == 200) {
                List<?> history = (List<?>) Json.at(read(party, "api/claims/" + id + "/history").json(), "transactions");
                histories.put(party.id(), history.stream().map(t -> Json.text(t, "transactionId")).toList());
                if (party == insurer) {
                    countCommands(claim, history);
                }
            }
        }
        Map<String, String> statuses = new HashMap<>();
        claims.forEach((party, read) -> statuses.put(party, read.status() == 200 ? Json.text(read.json(), "status")
                : "HTTP " + read.status()));
        if (statuses.values().stream().distinct().count() != 1 || !TERMINAL.contains(statuses.get(insurer.id()))) {
            findings.add(LOST, claim.claimId() + " (" + id + ") is not in one terminal state at every party: " + statuses);
        }
        if (histories.size() == 3 && histories.values().stream().distinct().count() != 1) {
            findings.add(DIVERGED, claim.claimId() + " (" + id + ") has other transactions at other parties: " + histories);
        }
        Answer atInsurer = claims.get(insurer.id());
        return atInsurer.status() == 200 ? atInsurer.json() : null;
    }

    private void countCommands(FiledClaim claim, List<?> history) {
        for (String command : List.of("Submit", "Adjudicate", "Settle")) {
            long times = history.stream().filter(t -> commands(t).stream().anyMatch(c -> c.contains(command))).count();
            if (times > 1) {
                findings.add(DUPLICATED, claim.claimId() + " has " + times + " transactions with the command " + command
                        + " at " + insurer.id());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> commands(Object transaction) {
        Object commands = Json.at(transaction, "commands");
        return commands instanceof List<?> list ? (List<String>) list : List.of();
    }

    /** The member's out-of-pocket met this plan year at the insurer (as its administrator). */
    BigDecimal outOfPocketMet(String memberId) throws InterruptedException {
        Answer answer = read(insurer.as("admin"), "api/coverages?member=" + memberId);
        List<?> coverages = (List<?>) Json.at(answer.json(), "coverages");
        String met = coverages == null || coverages.isEmpty() ? null : Json.text(coverages.get(0), "accumulator.outOfPocketMet");
        return met == null ? BigDecimal.ZERO : new BigDecimal(met);
    }

    /** A read that must succeed: the network is quiet and up when the audit runs. */
    private Answer read(NetworkNode node, String path) throws InterruptedException {
        return QuietReads.get(api, node, path, Set.of(200, 404));
    }
}
