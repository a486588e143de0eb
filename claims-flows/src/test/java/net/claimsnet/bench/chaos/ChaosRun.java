package net.claimsnet.bench.chaos;

import net.claimsnet.bench.network.ClaimsApi;
import net.claimsnet.bench.network.MemberEnrollment;
import net.claimsnet.bench.network.NetworkClaims;
import net.claimsnet.bench.network.NetworkClaims.Provider;
import net.claimsnet.bench.network.NetworkNode;
import net.claimsnet.bench.network.Preflight;
import net.claimsnet.bench.network.RegulatorGrants;
import net.claimsnet.bench.network.TlsRoot;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./chaos}: claims through the running network while its nodes are killed ({@code kill -9})
 * and restarted, then, once the network is quiet, the checks that nothing was lost, done twice or
 * left in disagreement: every claim a desk accepted in one terminal state at every party with the
 * same transactions ({@link ClaimsAudit}); the vaults equal state by state and in line with the
 * notary's commit log ({@link LedgerAgreement}); accumulators equal to the patient shares recorded;
 * no flow left running ({@link FlowsAtRest}). Prints
 * {@code chaos: kills=N claims=M lost=0 duplicated=0 diverged=0 stuck=0} and exits 1 unless all are 0.
 * Options: {@link ChaosSettings}.
 */
public final class ChaosRun {

    /** The figures of the line, and the cases behind any that is not zero. */
    public record Report(int kills, int claims, int lost, int duplicated, int diverged, int stuck, List<String> cases,
                         List<String> nodesNotBack) {

        public boolean clean() {
            return lost == 0 && duplicated == 0 && diverged == 0 && stuck == 0 && nodesNotBack.isEmpty();
        }

        public String line() {
            return String.format(Locale.ROOT, "chaos: kills=%d claims=%d lost=%d duplicated=%d diverged=%d stuck=%d",
                    kills, claims, lost, duplicated, diverged, stuck);
        }
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            if (arg.startsWith("-D") && arg.contains("=")) {
                System.setProperty(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        Report report;
        try {
            report = run(ChaosSettings.fromSystemProperties());
        } catch (Preflight.NotReady notReady) {
            System.err.println(notReady.getMessage());
            System.exit(2);
            return;
        }
        System.exit(report.clean() ? 0 : 1);
    }

    /** A run with {@code kills} kills against the network of the repository at {@code root} (the end-to-end tests'). */
    public static Report run(Path root, int kills) throws Exception {
        return run(ChaosSettings.fromSystemProperties().withRoot(root).withKills(kills));
    }

    static Report run(ChaosSettings settings) throws Exception {
        Path rootCertificate = System.getProperty(TlsRoot.PROPERTY) != null ? Path.of(System.getProperty(TlsRoot.PROPERTY))
                : settings.root().resolve(TlsRoot.DEFAULT);
        ClaimsApi api = new ClaimsApi(TlsRoot.trusting(rootCertificate));
        List<NetworkNode> nodes = NetworkNode.all(settings.root().resolve("config/nodes"));
        NetworkNode insurer = NetworkNode.byId(nodes, "acme");
        NetworkNode notary = NetworkNode.byId(nodes, "notary");
        NetworkNode regulator = NetworkNode.byId(nodes, "regulator");
        Map<Provider, NetworkNode> providers = Map.of(
                Provider.ST_MARY, NetworkNode.byId(nodes, Provider.ST_MARY.nodeId),
                Provider.LAKESIDE, NetworkNode.byId(nodes, Provider.LAKESIDE.nodeId));
        NetworkClaims generator = new NetworkClaims(settings.members(), "C" + Long.toString(System.currentTimeMillis() / 1000, 36),
                LocalDate.now());
        Findings findings = new Findings();
        ClaimsAudit audit = new ClaimsAudit(api, insurer, regulator, findings);

        Preflight preflight = new Preflight(api);
        preflight.checkHealth(nodes);
        Killer.say("chaos: %d kills, one every %d s (every %d-th a stop of %d s), at most %d down; %d claims in flight;"
                        + " seed %d", settings.kills(), settings.interval().toSeconds(), settings.longStopEvery(),
                settings.longStop().toSeconds(), settings.maxDown(), settings.concurrency(), settings.seed());
        Killer.say("members at %s: %s", insurer.organisation(), new MemberEnrollment(api).enroll(insurer.as("admin"), generator));
        Killer.say("regulator granted at %s: %s", insurer.organisation(), RegulatorGrants.ensure(api, insurer.as("admin"),
                settings.root().resolve("config/nodes"), List.copyOf(providers.values())));
        Map<Provider, AtomicLong> sequences = new HashMap<>();
        for (Provider provider : Provider.values()) {
            sequences.put(provider, new AtomicLong(preflight.claimsHeld(providers.get(provider))));
        }
        Map<String, BigDecimal> outOfPocketBefore = new HashMap<>();
        for (String member : generator.memberIds()) {
            outOfPocketBefore.put(member, audit.outOfPocketMet(member));
        }

        // A little earlier than the first request: the digests compare what changed from here on.
        Instant began = Instant.now().minusSeconds(2);
        long end = System.nanoTime() + settings.killPhase().plus(settings.quiescence()).toNanos();
        ClaimsLoad load = new ClaimsLoad(api, generator, providers, insurer, sequences, settings.concurrency());
        load.start(end);
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        progress.scheduleAtFixedRate(() -> Killer.say("%s", load.progress()), 30, 30, TimeUnit.SECONDS);
        Killer killer = new Killer(new NodeProcesses(settings.root()), nodes.stream().map(NetworkNode::id).toList(),
                settings, new Random(settings.seed()));
        killer.run();
        Killer.say("%d kills made; every node restarted%s: no new claims, the ones under way finish", killer.kills(),
                killer.problems().isEmpty() ? "" : " but " + killer.problems());
        long quietBy = System.nanoTime() + settings.quiescence().toNanos();
        List<PersistentClerk.Outcome> outcomes = load.finish(quietBy);
        progress.shutdownNow();
        long unfinished = outcomes.stream().filter(outcome -> outcome.unfinished() != null).count();
        Killer.say("%d claims taken, %d by clerks who could not finish them", outcomes.size(), unfinished);
        outcomes.stream().filter(outcome -> outcome.unfinished() != null).limit(10)
                .forEach(outcome -> Killer.say("  %s: %s", outcome.claim().claimId(), NetworkClaims.redact(outcome.unfinished())));

        preflight.checkHealth(nodes);
        new FlowsAtRest(api, findings).await(nodes, Math.max(quietBy, System.nanoTime() + 60_000_000_000L), began);
        List<ClaimsAudit.FiledClaim> filed = new ArrayList<>();
        for (PersistentClerk.Outcome outcome : outcomes) {
            filed.add(new ClaimsAudit.FiledClaim(providers.get(outcome.claim().provider()), outcome.claim().claimId(),
                    outcome.claim().memberId()));
        }
        int accepted = audit.check(filed, outOfPocketBefore);
        int states = new LedgerAgreement(api, findings).check(nodes, notary, began);
        Killer.say("checked %d claims at their parties and %d states at every node that holds them and at the notary",
                accepted, states);

        Report report = new Report(killer.kills(), accepted, findings.count(Findings.Kind.LOST),
                findings.count(Findings.Kind.DUPLICATED), findings.count(Findings.Kind.DIVERGED),
                findings.count(Findings.Kind.STUCK), findings.cases(), killer.problems());
        report.cases().forEach(found -> System.out.println("  " + NetworkClaims.redact(found)));
        killer.problems().forEach(problem -> System.out.println("  not back: " + problem));
        System.out.println(report.line());
        return report;
    }
}
