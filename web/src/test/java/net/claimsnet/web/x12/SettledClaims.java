package net.claimsnet.web.x12;

import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.ClaimPage;
import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.node.desk.FilingResult;
import net.claimsnet.node.desk.LineDecisionInput;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Sex;
import net.claimsnet.web.api.ApiTestNetwork;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Claims taken through the desks of the in-memory network to SETTLED: filed at St. Mary, adjudicated
 * by Acme's rules (fee schedule, deductible, coinsurance) or by the adjuster's own decisions, paid
 * with a given EFT trace number and date.
 */
public final class SettledClaims implements AutoCloseable {

    public static final DeskUser BILLING = new DeskUser("billing@stmary", Set.of(DeskRole.BILLING));
    public static final DeskUser ADJUSTER = new DeskUser("adjuster@acme", Set.of(DeskRole.ADJUSTER));

    public final ApiTestNetwork net = new ApiTestNetwork();
    public final ClaimDesk stMary = net.desk(net.network.stMary());
    public final ClaimDesk acme = net.desk(net.network.insurer());

    /** An office visit (99213, 150.00) and a blood count (85025 with modifier 90, 40.00) served on the date. */
    public static ClaimDetails claim(String claimId, LocalDate served) {
        return new ClaimDetails(claimId, ClaimType.PROFESSIONAL, ClaimUse.CLAIM,
                new Patient(ApiTestNetwork.MEMBER, "Jane", "Doe", LocalDate.of(1980, 5, 17), Sex.F), "S-1001", "1234567893",
                "ACME01", List.of("E11.9", "I10"), null, FrequencyCode.ORIGINAL, null, List.of(),
                List.of(new ServiceLine(1, "99213", List.of(), 1, new BigDecimal("150.00"), served, "11", List.of(1)),
                        new ServiceLine(2, "85025", List.of("90"), 1, new BigDecimal("40.00"), served, "11", List.of(1, 2))));
    }

    /** Filed, adjudicated by the insurer's rules, and paid. */
    public ClaimState settledByRules(String claimId, LocalDate served, String trace, LocalDate paid) {
        String id = file(claimId, served);
        acme.adjudicateByRules(ADJUSTER, id);
        return acme.settle(ADJUSTER, id, trace, paid);
    }

    /** Filed, decided line by line by the adjuster, and paid. */
    public ClaimState settled(String claimId, LocalDate served, List<LineDecisionInput> decisions, String trace, LocalDate paid) {
        String id = file(claimId, served);
        acme.adjudicate(ADJUSTER, id, decisions);
        return acme.settle(ADJUSTER, id, trace, paid);
    }

    /** Filed only: a claim the 835 must leave out. */
    public String file(String claimId, LocalDate served) {
        FilingResult result = stMary.submit(BILLING, claim(claimId, served), "PPO-GOLD", null);
        if (!result.isFiled()) {
            throw new IllegalStateException("The scrub rules refused " + claimId + ": " + result.findings());
        }
        return ClaimDesk.idOf(result.filed());
    }

    /** The settled claims as the provider's vault holds them. */
    public List<ClaimState> settledAtStMary() {
        ClaimPage page = stMary.search(BILLING, ClaimSearch.all().withStatus(ClaimStatus.SETTLED).withPage(0, ClaimSearch.MAX_SIZE));
        return page.claims();
    }

    @Override
    public void close() {
        net.close();
    }
}
