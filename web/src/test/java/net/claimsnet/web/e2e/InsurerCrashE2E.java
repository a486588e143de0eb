package net.claimsnet.web.e2e;

import net.claimsnet.bench.network.ClaimsApi.Answer;
import net.claimsnet.bench.network.Json;
import net.claimsnet.bench.network.NetworkClaims.GeneratedClaim;
import net.claimsnet.bench.network.NetworkClaims.Provider;
import net.claimsnet.bench.network.NetworkNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static net.claimsnet.web.e2e.NetworkApi.answer;
import static net.claimsnet.web.e2e.NetworkApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insurer's server dies (kill -9) while it adjudicates claims, and comes back ({@code ./network
 * up acme}). Every claim then completes exactly once: the flows that were checkpointed resume, an
 * adjuster decides again the claims whose request never reached a checkpoint, every claim can be
 * paid, each party holds one adjudication per claim, and each member's benefit accumulator counted
 * the claim once.
 */
@ExtendWith(RunningNetwork.class)
class InsurerCrashE2E {

    private static final int CLAIMS_PER_PROVIDER = 4;
    /** Restarted flows resend, peers answer, the outboxes drain: minutes on two busy cores. */
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(6);

    private final NetworkApi network = new NetworkApi();

    @Test
    void adjudications_in_flight_when_the_insurer_is_killed_complete_exactly_once_after_it_restarts() throws Exception {
        Map<String, GeneratedClaim> claims = new LinkedHashMap<>();
        Map<String, BigDecimal> outOfPocketBefore = new LinkedHashMap<>();
        for (int n = 0; n < CLAIMS_PER_PROVIDER; n++) {
            for (Provider provider : List.of(Provider.ST_MARY, Provider.LAKESIDE)) {
                GeneratedClaim claim = E2eClaims.freshMemberClaim(provider, 100 + n);
                network.enrol(claim.memberId(), claim.subscriberId(), claim.planId(), claim.dateOfService().withDayOfYear(1));
                outOfPocketBefore.put(claim.memberId(), NetworkApi.outOfPocketMet(network.coverage(claim.memberId())));
                claims.put(network.file(network.node(provider.nodeId), claim), claim);
            }
        }
        for (String id : claims.keySet()) {
            network.claimWithStatus(network.acme, id, "SUBMITTED");
        }
        Map<String, Long> failedBefore = new LinkedHashMap<>();
        for (NetworkNode node : network.nodes) {
            failedBefore.put(node.id(), count(network.flows(node), "failed"));
        }

        List<CompletableFuture<Answer>> adjudications = new ArrayList<>();
        for (String id : claims.keySet()) {
            adjudications.add(network.api.adjudicateByRules(network.acme, id));
        }
        String killedWhen = awaitAdjudicationInFlight(adjudications);
        List<String> requested = List.copyOf(claims.keySet());
        List<String> answeredBeforeKill = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            if (adjudications.get(i).isDone()) {
                answeredBeforeKill.add(requested.get(i));
            }
        }
        killInsurer();
        System.out.printf("Acme killed when %s; %d of %d adjudication requests answered before%n",
                killedWhen, answeredBeforeKill.size(), claims.size());
        assertThat(answeredBeforeKill).as("claims whose adjudication was in flight at the kill (none: the kill came too late)")
                .hasSizeLessThan(claims.size());
        for (int i = 0; i < requested.size(); i++) {
            if (answeredBeforeKill.contains(requested.get(i))) {
                Answer answered = adjudications.get(i).join();
                assertThat(answered.status()).as("adjudication of %s answered before the kill: %s", requested.get(i),
                        answered.excerpt()).isIn(200, 202);
            }
        }

        NetworkScript.runOrFail(RunningNetwork.UP_TIMEOUT, "up", "acme");
        for (NetworkNode node : List.of(network.acme, network.notary, network.stmary, network.lakeside, network.regulator)) {
            Await.until("no flow running and nothing left to send at " + node.id(), RECOVERY_TIMEOUT,
                    () -> network.flows(node), flows -> count(flows, "running") == 0 && count(flows, "outboxPending") == 0);
        }
        for (NetworkNode node : network.nodes) {
            assertThat(count(network.flows(node), "failed")).as("flows failed at %s after the restart", node.id())
                    .isEqualTo(failedBefore.get(node.id()));
        }

        int decidedAgain = 0;
        int resumed = 0;
        for (String id : claims.keySet()) {
            Object claim = network.claimAt(network.acme, id);
            if ("SUBMITTED".equals(NetworkApi.status(claim))) {
                // Its request never reached a checkpoint: the adjuster asks again.
                expect(200, answer(network.api.adjudicateByRules(network.acme, id)), "adjudicating " + id + " again");
                decidedAgain++;
            } else {
                assertThat(NetworkApi.status(claim)).as("claim %s after the restart", id).isEqualTo("APPROVED");
                resumed += answeredBeforeKill.contains(id) ? 0 : 1;
                Answer twice = answer(network.api.adjudicateByRules(network.acme, id));
                assertThat(twice.status()).as("adjudicating an approved claim again: %s", twice.body()).isEqualTo(409);
            }
        }
        System.out.printf("after the restart: %d claims adjudicated before the kill, %d by flows resumed after it,"
                + " %d asked again%n", answeredBeforeKill.size(), resumed, decidedAgain);

        for (String id : claims.keySet()) {
            expect(200, answer(network.api.settle(network.acme, id, "EFT-E2E-CRASH-" + claims.get(id).claimId())),
                    "settling " + id);
        }
        for (Map.Entry<String, GeneratedClaim> entry : claims.entrySet()) {
            String id = entry.getKey();
            NetworkNode provider = network.node(entry.getValue().provider().nodeId);
            Object atAcme = network.claimWithStatus(network.acme, id, "SETTLED");
            network.claimWithStatus(provider, id, "SETTLED");
            network.claimWithStatus(network.regulator, id, "SETTLED");
            for (NetworkNode node : List.of(network.acme, provider, network.regulator)) {
                List<?> history = network.history(node, id);
                List<String> ids = NetworkApi.transactionIds(history);
                assertThat(new HashSet<>(ids)).as("%s's history of %s has no transaction twice", node.id(), id).hasSameSizeAs(ids);
                assertThat(NetworkApi.countWithCommand(history, "Adjudicate")).as("adjudications of %s at %s", id, node.id())
                        .isEqualTo(1);
                assertThat(history).as("%s's history of %s: filing, adjudication, settlement", node.id(), id).hasSize(3);
            }
            String adjudication = NetworkApi.transactionIds(network.history(network.acme, id)).get(1);
            assertThat(network.committedAtNotary(adjudication).status()).as("the notary committed %s", adjudication)
                    .isEqualTo(200);
            String member = entry.getValue().memberId();
            BigDecimal patientShare = new BigDecimal(Json.text(atAcme, "adjudication.totalPatientResponsibility"));
            assertThat(NetworkApi.outOfPocketMet(network.coverage(member)).subtract(outOfPocketBefore.get(member)))
                    .as("the accumulator counted claim %s once", id).isEqualByComparingTo(patientShare);
        }
    }

    /**
     * Waits until Acme runs an adjudication (a flow checkpointed: its admin endpoint counts it) or the
     * first adjudication answers, whichever comes first; says which.
     */
    private String awaitAdjudicationInFlight(List<CompletableFuture<Answer>> adjudications) throws Exception {
        CompletableFuture<Object> firstAnswer = CompletableFuture.anyOf(adjudications.toArray(CompletableFuture[]::new));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            CompletableFuture<Answer> flows = network.api.get(network.admin(network.acme), "api/admin/flows");
            CompletableFuture.anyOf(firstAnswer, flows).get(2, TimeUnit.MINUTES);
            if (firstAnswer.isDone()) {
                return "the first adjudication answered";
            }
            Answer answer = flows.get(2, TimeUnit.MINUTES);
            if (answer.status() == 200 && count(answer.json(), "running") >= 1) {
                return "Acme ran flows: " + answer.body();
            }
        }
        throw new AssertionError("No adjudication ran or answered at Acme within 2 minutes");
    }

    /** kill -9 of Acme's Payara (its pid is in the domain's config/pid), waiting until it is gone. */
    private static void killInsurer() throws IOException {
        Path pidFile = NetworkScript.ROOT.resolve(".network/domains/claimsnet-acme/config/pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle server = ProcessHandle.of(pid)
                .orElseThrow(() -> new AssertionError("Acme's server (pid " + pid + " from " + pidFile + ") is not running"));
        assertThat(server.destroyForcibly()).as("SIGKILL to Acme's server, pid %d", pid).isTrue();
        Await.until("Acme's server (pid " + pid + ") gone", Duration.ofMinutes(1), server::isAlive, alive -> !alive);
    }

    private static long count(Object flows, String name) {
        return new BigDecimal(Json.text(flows, name)).longValueExact();
    }
}
