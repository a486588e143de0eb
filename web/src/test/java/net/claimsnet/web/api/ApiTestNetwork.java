package net.claimsnet.web.api;

import jakarta.ws.rs.core.Response;
import net.claimsnet.flows.coverage.IssueCoverageFlow;
import net.claimsnet.flows.coverage.OpenAccumulatorFlow;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.ClaimDeskException;
import net.claimsnet.node.desk.InMemoryClaimAuditTrail;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.BenefitSummary;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.corda.core.contracts.UniqueIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** (Public: the /x12 tests reuse it.) The deterministic five-node network with member M-1001 covered by Acme for 2025, and a desk per node. */
public final class ApiTestNetwork implements AutoCloseable {

    public static final String MEMBER = "M-1001";

    public final InMemoryNetwork network = InMemoryNetwork.deterministic().build();

    public ApiTestNetwork() {
        Node insurer = network.insurer();
        BenefitSummary benefits = new BenefitSummary(new BigDecimal("100.00"), new BigDecimal("5000.00"),
                new BigDecimal("25.00"), 20, Map.of());
        CoverageState coverage = new CoverageState(insurer.identity(), new UniqueIdentifier("COV-" + MEMBER), MEMBER,
                "S-1001", "PPO-GOLD", "Acme PPO Gold", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                benefits, CoverageStatus.ACTIVE);
        finish(insurer.startFlow(new IssueCoverageFlow.Initiator(coverage)));
        finish(insurer.startFlow(new OpenAccumulatorFlow.Initiator(BenefitAccumulatorState.open(insurer.identity(),
                MEMBER, "PPO-GOLD", 2025, benefits.getDeductible(), benefits.getOutOfPocketMaximum(), benefits.getVisitLimits()))));
    }

    public ClaimDesk desk(Node node) {
        return new ClaimDesk(node, new InMemoryClaimAuditTrail(network.clock()), handle -> network.runNetwork());
    }

    private void finish(FlowHandle<?> handle) {
        network.runNetwork();
        handle.get();
    }

    /** A clean claim: office visit and blood count for the member, on 10 March 2025, from St. Mary (NPI 1234567893). */
    /** What the server answers to a resource call: the method's response, or its exception as the mapper maps it. */
    static Response answer(Supplier<?> call) {
        try {
            Object result = call.get();
            return result instanceof Response ? (Response) result : Response.ok(result).build();
        } catch (ClaimDeskException e) {
            return new ClaimDeskExceptionMapper().toResponse(e);
        }
    }

    static ApiError error(Response response) {
        return (ApiError) response.getEntity();
    }

    public static ClaimFilingInput claim(String claimId) {
        return new ClaimFilingInput(claimId, "PROFESSIONAL", "CLAIM",
                new ClaimFilingInput.PatientInput(MEMBER, "Jane", "Doe", "1980-05-17", "F"), "S-1001", "1234567893", "ACME01",
                List.of("E11.9", "I10"), null, List.of(),
                List.of(new ClaimFilingInput.LineInput(1, "99213", List.of(), 1, new BigDecimal("150.00"), "2025-03-10", "11", List.of(1)),
                        new ClaimFilingInput.LineInput(2, "85025", List.of(), 1, new BigDecimal("40.00"), "2025-03-10", "11", List.of(1, 2))),
                null, "PPO-GOLD");
    }

    @Override
    public void close() {
        network.close();
    }
}
