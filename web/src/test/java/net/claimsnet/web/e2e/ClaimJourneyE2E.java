package net.claimsnet.web.e2e;

import net.claimsnet.bench.network.ClaimsApi.Answer;
import net.claimsnet.bench.network.Json;
import net.claimsnet.bench.network.NetworkClaims;
import net.claimsnet.bench.network.NetworkClaims.GeneratedClaim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;

import static net.claimsnet.web.e2e.NetworkApi.answer;
import static net.claimsnet.web.e2e.NetworkApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One claim through the running network over REST, as its users do it: Acme enrols a member (coverage
 * and benefit accumulator), St. Mary's billing files a claim for them, Acme's adjuster has the rules
 * decide it and pays it. Then every party's view: St. Mary and Acme hold it SETTLED with the same
 * amounts, the regulator holds it with the same history, the notary's commit log holds the
 * transactions that consumed its states, the accumulator counted it, and Lakeside knows nothing of it.
 */
@ExtendWith(RunningNetwork.class)
class ClaimJourneyE2E {

    private final NetworkApi network = new NetworkApi();

    @Test
    void a_claim_filed_at_st_mary_is_decided_and_paid_at_acme_and_every_party_sees_exactly_its_share() {
        GeneratedClaim claim = E2eClaims.freshMemberClaim(NetworkClaims.Provider.ST_MARY, 0);
        network.enrol(claim.memberId(), claim.subscriberId(), claim.planId(), claim.dateOfService().withDayOfYear(1));
        BigDecimal outOfPocketBefore = NetworkApi.outOfPocketMet(network.coverage(claim.memberId()));

        String id = network.file(network.stmary, claim);
        network.claimWithStatus(network.acme, id, "SUBMITTED");
        Answer decided = expect(200, answer(network.api.adjudicateByRules(network.acme, id)), "adjudicating " + id + " at Acme");
        assertThat(NetworkApi.status(decided.json())).as("status after the rules decided").isEqualTo("APPROVED");
        String reference = "EFT-E2E-" + claim.claimId();
        expect(200, answer(network.api.settle(network.acme, id, reference)), "settling " + id + " at Acme");

        Object atAcme = network.claimWithStatus(network.acme, id, "SETTLED");
        Object atStMary = network.claimWithStatus(network.stmary, id, "SETTLED");
        BigDecimal paid = amount(atAcme, "adjudication.totalPaid");
        assertThat(paid).as("paid").isPositive();
        for (String amount : List.of("adjudication.totalPaid", "adjudication.totalPatientResponsibility", "settlement.amount",
                "totalCharge")) {
            assertThat(amount(atStMary, amount)).as("St. Mary's " + amount).isEqualByComparingTo(amount(atAcme, amount));
        }
        assertThat(amount(atAcme, "settlement.amount")).as("settled amount").isEqualByComparingTo(paid);
        assertThat(Json.text(atStMary, "settlement.eftTraceNumber")).isEqualTo(reference);
        assertThat(Json.text(atStMary, "claimId")).isEqualTo(claim.claimId());

        List<?> acmeHistory = network.history(network.acme, id);
        assertThat(acmeHistory).as("Acme's history: filing, adjudication, settlement").hasSize(3);
        assertThat(NetworkApi.countWithCommand(acmeHistory, "Adjudicate")).as("adjudications").isEqualTo(1);
        assertThat(NetworkApi.countWithCommand(acmeHistory, "Settle")).as("settlements").isEqualTo(1);
        assertThat(NetworkApi.transactionIds(network.history(network.stmary, id))).as("St. Mary's history")
                .isEqualTo(NetworkApi.transactionIds(acmeHistory));

        Object atRegulator = network.claimWithStatus(network.regulator, id, "SETTLED");
        assertThat(amount(atRegulator, "settlement.amount")).isEqualByComparingTo(paid);
        List<?> regulatorHistory = network.history(network.regulator, id);
        assertThat(NetworkApi.transactionIds(regulatorHistory)).as("the regulator's history")
                .isEqualTo(NetworkApi.transactionIds(acmeHistory));
        assertThat(regulatorHistory.stream().map(t -> Json.text(t, "statusAfter")).toList())
                .containsExactly("SUBMITTED", "APPROVED", "SETTLED");

        for (Object transaction : acmeHistory) {
            String transactionId = Json.text(transaction, "transactionId");
            Answer committed = network.committedAtNotary(transactionId);
            assertThat(committed.status()).as("the notary's commit log has %s (%s): %s", transactionId,
                    NetworkApi.commands(transaction), committed.body()).isEqualTo(200);
            assertThat(Json.text(committed.json(), "requestingParty")).isNotBlank();
            // The signed request kept with the commit: signed by whoever asked, and still checking out.
            assertThat(Json.text(committed.json(), "requestSigner")).isEqualTo(Json.text(committed.json(), "requestingParty"));
            assertThat(Json.text(committed.json(), "requestSignatureValid")).isEqualTo("true");
            if (!NetworkApi.commands(transaction).stream().allMatch(c -> c.contains("Submit"))) {
                assertThat(new BigDecimal(Json.text(committed.json(), "consumedStates"))).as("states %s consumed",
                        NetworkApi.commands(transaction)).isPositive();
            }
        }

        String unknown = "0".repeat(64);
        assertThat(network.committedAtNotary(unknown).status()).as("a transaction the notary never saw").isEqualTo(404);
        assertThat(answer(network.api.get(network.admin(network.notary), "api/admin/notary/commit-log/not-an-id")).status())
                .as("a malformed transaction id").isEqualTo(400);
        assertThat(answer(network.api.get(network.admin(network.acme), "api/admin/notary/commit-log")).status())
                .as("the commit log asked of the insurer").isEqualTo(403);
        assertThat(answer(network.api.get(network.stmary, "api/admin/flows")).status())
                .as("billing staff asking for the node's flows").isEqualTo(403);
        Answer failedAtAcme = expect(200, answer(network.api.get(network.admin(network.acme), "api/admin/flows/failed")),
                "Acme's failed flows");
        assertThat((List<?>) failedAtAcme.json()).as("flows failed at Acme: %s", failedAtAcme.body()).isEmpty();
        Answer runningAtAcme = expect(200, answer(network.api.get(network.admin(network.acme), "api/admin/flows/running")),
                "Acme's running flows");
        assertThat(runningAtAcme.json()).as("Acme's running flows: %s", runningAtAcme.body()).isInstanceOf(List.class);
        assertThat(answer(network.api.get(network.admin(network.acme), "api/admin/flows/running?limit=0")).status())
                .as("running flows, a limit of none").isEqualTo(400);
        assertThat(answer(network.api.get(network.admin(network.acme), "api/admin/flows/failed?limit=0")).status())
                .as("a limit of no flows").isEqualTo(400);
        assertThat(answer(network.api.post(network.admin(network.acme), "api/admin/flows/no-such-flow/retry", "{}")).status())
                .as("retrying a flow Acme never ran").isEqualTo(404);
        assertThat(answer(network.api.post(network.admin(network.acme), "api/admin/flows/no-such-flow/abandon", "{}")).status())
                .as("abandoning a flow without a reason").isEqualTo(400);
        assertThat(answer(network.api.post(network.acme, "api/admin/flows/no-such-flow/retry", "{}")).status())
                .as("the adjuster retrying a flow").isEqualTo(403);

        Answer atLakeside = answer(network.api.claim(network.lakeside, id));
        assertThat(atLakeside.status()).as("Lakeside reading the claim: %s", atLakeside.body()).isEqualTo(404);
        Answer lakesideSearch = expect(200, answer(network.api.findByClaimId(network.lakeside, claim.claimId())),
                "searching Lakeside's claims");
        assertThat((List<?>) Json.at(lakesideSearch.json(), "claims")).as("Lakeside's claims with this claim id").isEmpty();

        BigDecimal patientShare = amount(atAcme, "adjudication.totalPatientResponsibility");
        BigDecimal outOfPocketAfter = NetworkApi.outOfPocketMet(network.coverage(claim.memberId()));
        assertThat(outOfPocketAfter.subtract(outOfPocketBefore)).as("out-of-pocket counted once for the claim")
                .isEqualByComparingTo(patientShare);
    }

    private static BigDecimal amount(Object claim, String path) {
        String text = Json.text(claim, path);
        assertThat(text).as("%s in the claim", path).isNotNull();
        return new BigDecimal(text);
    }
}
