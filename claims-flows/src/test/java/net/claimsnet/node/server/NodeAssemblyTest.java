package net.claimsnet.node.server;

import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.flows.access.InMemoryAuditTearOffStore;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.claim.SettleClaimFlow;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.coverage.IssueCoverageFlow;
import net.claimsnet.flows.coverage.OpenAccumulatorFlow;
import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.flows.transport.InMemoryTransport;
import net.claimsnet.ledger.attachments.ContractsJar;
import net.claimsnet.ledger.attachments.StoredAttachment;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.node.TestNodeStores;
import net.claimsnet.node.bootstrap.NetworkBootstrap;
import net.claimsnet.node.bootstrap.NetworkFiles;
import net.claimsnet.node.config.ConfigFiles;
import net.claimsnet.node.config.NetworkConfiguration;
import net.claimsnet.node.config.NodeConfiguration;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.node.desk.FilingResult;
import net.claimsnet.node.desk.FlowCompletion;
import net.claimsnet.node.desk.InMemoryClaimAuditTrail;
import net.claimsnet.rules.RulesSettings;
import net.claimsnet.rules.drools.RuleSetKind;
import net.claimsnet.rules.fixtures.RulesFixture;
import net.claimsnet.states.AdjudicationOutcome;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.BenefitSummary;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Sex;
import net.corda.core.contracts.UniqueIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The five nodes of config/nodes, each assembled as NodeRuntime assembles it in its server (the
 * bootstrap's keys and signed map, the shipped Drools rules of its role, its own threads), here over
 * in-memory stores and one in-JVM transport: a claim goes from Lakeside to Acme and is settled.
 */
class NodeAssemblyTest {

    private static final String MEMBER = "M-3001";
    private static final String PLAN = "ACME-PPO-GOLD";
    private static final String LAKESIDE_NPI = "1497758544";

    @TempDir
    Path dir;

    private final Map<String, NodeAssembly> nodes = new LinkedHashMap<>();
    private final List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
    private NetworkConfiguration network;
    private NetworkFiles files;
    private final InMemoryTransport transport = InMemoryTransport.direct();
    // The sample claim's services were in March 2025: the network lives a few weeks later.
    private final Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), InMemoryNetwork.DEFAULT_START));
    private final StoredAttachment contracts = ContractsJar.load();

    @BeforeEach
    void bootstrap() {
        network = NetworkConfiguration.load(ConfigFiles.copyOfNodes(dir));
        files = new NetworkFiles(dir.resolve("state"));
        new NetworkBootstrap(files, Clock.systemUTC()).run(network);
    }

    @AfterEach
    void stop() {
        nodes.values().forEach(NodeAssembly::close);
    }

    @Test
    void each_role_gets_its_rules_and_a_claim_is_submitted_adjudicated_and_settled_across_the_assembled_nodes() throws Exception {
        for (NodeConfiguration node : network.nodes()) {
            nodes.put(node.id(), start(node));
        }
        assertThat(nodes.get("notary").rules()).isNull();
        assertThat(nodes.get("regulator").rules()).isNull();
        assertThat(nodes.get("acme").rules().current().kind()).isEqualTo(RuleSetKind.ADJUDICATE);
        assertThat(nodes.get("stmary").rules().current().kind()).isEqualTo(RuleSetKind.SCRUB);
        Node acme = nodes.get("acme").node();
        Node lakeside = nodes.get("lakeside").node();
        assertThat(acme.name()).isEqualTo(InMemoryNetwork.INSURER);
        assertThat(acme.ledger().networkMap().version()).isEqualTo(1);

        CoverageState coverage = new CoverageState(acme.identity(), new UniqueIdentifier("COV-" + MEMBER), MEMBER, "S-3001",
                PLAN, "Acme PPO Gold", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                new BenefitSummary(money("500.00"), money("3000.00"), money("30.00"), 20, Map.of("PHYSICAL_THERAPY", 20)),
                CoverageStatus.ACTIVE);
        await(acme.startFlow(new IssueCoverageFlow.Initiator(coverage)).result());
        await(acme.startFlow(new OpenAccumulatorFlow.Initiator(BenefitAccumulatorState.open(acme.identity(), MEMBER, PLAN,
                2025, money("500.00"), money("3000.00"), coverage.getBenefits().getVisitLimits()))).result());
        nodes.get("lakeside").patientPlans().remember(MEMBER, PLAN);

        ClaimState submitted = ClaimNetwork.claimIn(await(lakeside.startFlow(
                new SubmitClaimFlow.Initiator(claim(), InMemoryNetwork.INSURER)).result()));
        ClaimState adjudicated = ClaimNetwork.claimIn(await(acme.startFlow(
                new AdjudicateClaimFlow.Initiator(submitted.getLinearId())).result()));
        ClaimState settled = ClaimNetwork.claimIn(await(acme.startFlow(
                new SettleClaimFlow.Initiator(submitted.getLinearId(), "EFT-RUNTIME-1")).result()));

        assertThat(adjudicated.getAdjudication().getOutcome()).isEqualTo(AdjudicationOutcome.APPROVED);
        assertThat(adjudicated.getAdjudication().getRuleSetVersion())
                .isEqualTo(nodes.get("acme").rules().current().version());
        assertThat(settled.getStatus()).isEqualTo(ClaimStatus.SETTLED);
        Node regulator = nodes.get("regulator").node();
        assertThat(ClaimNetwork.claimAt(lakeside, submitted.getLinearId())).hasValueSatisfying(
                claim -> assertThat(claim.getStatus()).isEqualTo(ClaimStatus.SETTLED));
        assertThat(ClaimNetwork.claimAt(regulator, submitted.getLinearId())).as("no grant opens it to the regulator").isEmpty();
        assertThat(auditorsTearOffs.history(submitted.getLinearId())).extracting(kept -> kept.figures().getStatus())
                .containsExactly(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, ClaimStatus.SETTLED);
    }

    @Test
    void a_provider_whose_patient_has_no_plan_on_record_is_told_to_enter_it() {
        for (NodeConfiguration node : network.nodes()) {
            nodes.put(node.id(), start(node));
        }

        // Filings are scrubbed at the desk (once), with the plans the node's assembly keeps.
        ClaimDesk desk = new ClaimDesk(nodes.get("lakeside").node(), new InMemoryClaimAuditTrail(Clock.systemUTC()),
                FlowCompletion.within(Duration.ofSeconds(60)));
        FilingResult filing = desk.submit(DeskUser.of("billing@lakeside", DeskRole.BILLING), claim(), null);

        assertThat(filing.isFiled()).isFalse();
        assertThat(filing.findings()).extracting(ScrubFinding::message)
                .anySatisfy(message -> assertThat(message).contains("Enter the plan id from the patient's insurance card"));
    }

    @Test
    void a_node_whose_role_differs_from_the_signed_map_does_not_start() {
        NodeConfiguration acme = network.node("acme").orElseThrow();
        ConfigFiles.set(acme.file(), "node.role", "provider");

        assertThatThrownBy(() -> start(NodeConfiguration.load(acme.file())))
                .hasMessageContaining("says node.role=PROVIDER but the network map says INSURER");
    }

    @Test
    void a_stopped_node_leaves_none_of_its_threads_running() throws Exception {
        NodeAssembly notary = start(network.node("notary").orElseThrow());
        nodes.put("notary", notary);
        // A flow that fails at once (no such claim) makes the pool start a thread.
        assertThatThrownBy(() -> await(notary.node().startFlow(new AdjudicateClaimFlow.Initiator(new UniqueIdentifier())).result()))
                .isNotNull();
        assertThat(threads).isNotEmpty();

        nodes.remove("notary").close();

        for (Thread thread : threads) {
            thread.join(2_000);
            assertThat(thread.isAlive()).as(thread.getName()).isFalse();
        }
    }

    /** The regulator's tear-offs (the other nodes are given it too, and never use it). */
    private final InMemoryAuditTearOffStore auditorsTearOffs = new InMemoryAuditTearOffStore();

    private NodeAssembly start(NodeConfiguration node) {
        return NodeAssembly.builder(node, files)
                .contractsJar(contracts)
                .stores(TestNodeStores.inMemory())
                .tearOffs(auditorsTearOffs)
                .transport(transport)
                .rules(RulesSettings.load(RulesFixture.configRoot()))
                .threads(task -> {
                    Thread thread = new Thread(task, node.id() + "-flows");
                    thread.setDaemon(true);
                    threads.add(thread);
                    return thread;
                }, 2)
                .clock(clock)
                .start();
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> result) throws Exception {
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private static ClaimDetails claim() {
        return new ClaimDetails("CLM-RUNTIME-1", ClaimType.PROFESSIONAL, ClaimUse.CLAIM,
                new Patient(MEMBER, "Ana", "Silva", LocalDate.of(1975, 8, 14), Sex.F), "S-3001", LAKESIDE_NPI,
                "ACME", new ArrayList<>(List.of("E11.9", "I10")), null, FrequencyCode.ORIGINAL, null, new ArrayList<>(),
                new ArrayList<>(List.of(line(1, "99213", "150.00", 1, 2), line(2, "85025", "40.00", 1))));
    }

    private static ServiceLine line(int sequence, String code, String charge, Integer... pointers) {
        return new ServiceLine(sequence, code, new ArrayList<>(), 1, money(charge), LocalDate.of(2025, 3, 3), "11",
                new ArrayList<>(List.of(pointers)));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
