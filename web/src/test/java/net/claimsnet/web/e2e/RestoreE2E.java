package net.claimsnet.web.e2e;

import net.claimsnet.bench.network.ClaimsApi.Answer;
import net.claimsnet.bench.network.Json;
import net.claimsnet.bench.network.NetworkClaims.GeneratedClaim;
import net.claimsnet.bench.network.NetworkClaims.Provider;
import net.claimsnet.bench.network.NetworkNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import static net.claimsnet.web.e2e.NetworkApi.answer;
import static net.claimsnet.web.e2e.NetworkApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, "Backup and restore", on the running network: Acme (the insurer) is backed up with
 * {@code ./network backup acme} while it adjudicates claims; the network works on (every claim adjudicated
 * and paid); then Acme is restored from that backup ({@code ./network restore acme}). It catches up from
 * its peers: every claim is paid once at every party, with the same history; no flow is left running;
 * the members' accumulators counted each claim once; and Acme adjudicates and pays a claim filed after.
 */
@ExtendWith(RunningNetwork.class)
class RestoreE2E {

    private static final int CLAIMS_PER_PROVIDER = 3;
    /** Acme's restart, its catch-up from four peers and its flows' ends: minutes on two busy cores. */
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(10);

    private final NetworkApi network = new NetworkApi();

    /** The claims filed, by ledger id: their provider and member. */
    private final Map<String, NetworkNode> providers = new LinkedHashMap<>();
    private final Map<String, String> members = new LinkedHashMap<>();
    /** Each member's out-of-pocket met before its claim. */
    private final Map<String, BigDecimal> outOfPocketBefore = new LinkedHashMap<>();

    @Test
    void the_insurer_restored_from_a_backup_taken_mid_load_catches_up_from_its_peers_with_nothing_lost() throws Exception {
        for (int n = 0; n < CLAIMS_PER_PROVIDER; n++) {
            for (Provider provider : List.of(Provider.ST_MARY, Provider.LAKESIDE)) {
                fileFresh(provider, 300 + n);
            }
        }
        List<String> claims = List.copyOf(providers.keySet());
        List<CompletableFuture<Answer>> adjudications = new ArrayList<>();
        for (String id : claims) {
            adjudications.add(network.api.adjudicateByRules(network.acme, id));
        }
        Path backup = backUpAcme();
        assertThat(backup.resolve("manifest.properties")).isRegularFile();
        assertThat(backup.resolve(databaseFile(backup))).as("the backup's database").isRegularFile();

        for (int i = 0; i < adjudications.size(); i++) {
            assertThat(answer(adjudications.get(i)).status()).as("adjudication of %s", claims.get(i)).isIn(200, 202);
        }
        for (String id : claims) {
            network.claimWithStatus(network.acme, id, "APPROVED");
            expect(200, answer(network.api.settle(network.acme, id, "EFT-E2E-RESTORE-" + id.substring(0, 8))), "settling " + id);
        }
        for (String id : claims) {
            network.claimWithStatus(network.acme, id, "SETTLED");
        }

        NetworkScript.runOrFail(RunningNetwork.UP_TIMEOUT, "restore", "acme", backup.toString());
        Object recovery = Await.until("Acme's catch-up from its peers", RECOVERY_TIMEOUT,
                () -> answer(network.api.get(network.admin(network.acme), "api/admin/recovery")),
                answer -> answer.status() == 200 && Boolean.TRUE.equals(Json.at(answer.json(), "finished"))).json();
        assertThat(Json.at(recovery, "complete")).as("every peer answered: %s", Json.text(recovery, "description")).isEqualTo(true);
        for (NetworkNode node : network.nodes) {
            Await.until("no flow running and nothing left to send at " + node.id(), RECOVERY_TIMEOUT,
                    () -> network.flows(node), flows -> count(flows, "running") == 0 && count(flows, "outboxPending") == 0);
        }

        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (String id : claims) {
            Object atAcme = network.claimWithStatus(network.acme, id, "SETTLED");
            NetworkNode provider = providers.get(id);
            network.claimWithStatus(provider, id, "SETTLED");
            List<String> atAcmeIds = NetworkApi.transactionIds(network.history(network.acme, id));
            assertThat(atAcmeIds).as("Acme's history of %s: filing, adjudication, settlement", id).hasSize(3);
            assertThat(new HashSet<>(atAcmeIds)).hasSameSizeAs(atAcmeIds);
            for (NetworkNode node : List.of(provider, network.regulator)) {
                assertThat(NetworkApi.transactionIds(network.history(node, id))).as("%s's history of %s", node.id(), id)
                        .isEqualTo(atAcmeIds);
            }
            shares.merge(members.get(id), new BigDecimal(Json.text(atAcme, "adjudication.totalPatientResponsibility")), BigDecimal::add);
        }
        for (Map.Entry<String, BigDecimal> member : shares.entrySet()) {
            assertThat(NetworkApi.outOfPocketMet(network.coverage(member.getKey())).subtract(outOfPocketBefore.get(member.getKey())))
                    .as("Acme's accumulator of %s counted each claim once", member.getKey()).isEqualByComparingTo(member.getValue());
        }

        String next = fileFresh(Provider.ST_MARY, 399);
        expect(200, answer(network.api.adjudicateByRules(network.acme, next)), "adjudicating " + next + " after the restore");
        expect(200, answer(network.api.settle(network.acme, next, "EFT-E2E-RESTORE-NEXT")), "settling " + next);
        network.claimWithStatus(network.stmary, next, "SETTLED");
    }

    /** A claim of a member of its own, filed and at Acme; its ledger id. */
    private String fileFresh(Provider provider, int seed) {
        GeneratedClaim claim = E2eClaims.freshMemberClaim(provider, seed);
        network.enrol(claim.memberId(), claim.subscriberId(), claim.planId(), claim.dateOfService().withDayOfYear(1));
        outOfPocketBefore.put(claim.memberId(), NetworkApi.outOfPocketMet(network.coverage(claim.memberId())));
        String id = network.file(network.node(provider.nodeId), claim);
        network.claimWithStatus(network.acme, id, "SUBMITTED");
        providers.put(id, network.node(provider.nodeId));
        members.put(id, claim.memberId());
        return id;
    }

    /** ./network backup acme, taken while the adjudications run; the backup's directory, as the script prints it. */
    private static Path backUpAcme() throws Exception {
        long before = Files.exists(NetworkScript.log()) ? Files.size(NetworkScript.log()) : 0;
        NetworkScript.runOrFail(Duration.ofMinutes(5), "backup", "acme");
        String output = Files.readString(NetworkScript.log()).substring((int) before);
        String line = output.lines().filter(l -> l.startsWith("acme: ")).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("./network backup acme printed no directory: " + output));
        return Path.of(line.substring("acme: ".length()).trim());
    }

    /** H2's backup zip or PostgreSQL's pg_dump file, as the backup's manifest names the node's database. */
    private static String databaseFile(Path backup) throws IOException {
        Properties manifest = new Properties();
        try (Reader reader = Files.newBufferedReader(backup.resolve("manifest.properties"))) {
            manifest.load(reader);
        }
        String database = manifest.getProperty("database");
        switch (String.valueOf(database)) {
            case "h2":
                return "database.zip";
            case "postgresql":
                return "database.dump";
            default:
                throw new AssertionError("the backup's manifest names no known database: " + database);
        }
    }

    private static long count(Object flows, String name) {
        return new BigDecimal(Json.text(flows, name)).longValueExact();
    }
}
