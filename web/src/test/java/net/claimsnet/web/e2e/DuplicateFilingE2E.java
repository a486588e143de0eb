package net.claimsnet.web.e2e;

import net.claimsnet.bench.network.ClaimsApi.Answer;
import net.claimsnet.bench.network.Json;
import net.claimsnet.bench.network.NetworkClaims;
import net.claimsnet.bench.network.NetworkClaims.GeneratedClaim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static net.claimsnet.web.e2e.NetworkApi.answer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A billing system that sends a filing again (its connection dropped before the answer came) files one
 * claim, in the servers as built: the same claim id with the same details answers the claim filed, with
 * other details is refused; a POST sent again with its Idempotency-Key gets the first answer replayed.
 */
@ExtendWith(RunningNetwork.class)
class DuplicateFilingE2E {

    private final NetworkApi network = new NetworkApi();

    @Test
    void a_claim_filed_twice_is_one_claim_and_its_id_with_other_details_is_refused() {
        GeneratedClaim claim = E2eClaims.freshMemberClaim(NetworkClaims.Provider.ST_MARY, 710);
        network.enrol(claim.memberId(), claim.subscriberId(), claim.planId(), claim.dateOfService().withDayOfYear(1));
        String id = network.file(network.stmary, claim);

        Answer again = answer(network.api.file(network.stmary, claim.json()));
        GeneratedClaim otherDetails = new GeneratedClaim(claim.claimId(), claim.provider(), claim.memberId(),
                claim.subscriberId(), claim.firstName(), claim.lastName(), claim.birthDate(), claim.sex(), claim.planId(),
                claim.dateOfService().minusDays(1), claim.variant());
        Answer conflicting = answer(network.api.file(network.stmary, otherDetails.json()));

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(Json.at(again.json(), "alreadyFiled")).isEqualTo(true);
        assertThat(Json.text(again.json(), "claim.id")).isEqualTo(id);
        assertThat(conflicting.status()).as(conflicting.toString()).isEqualTo(409);
        assertThat(claimsWithClaimId(claim.claimId())).as("claims at St. Mary with its claim id").isEqualTo(1);
    }

    @Test
    void a_post_sent_again_with_its_idempotency_key_gets_the_first_answer_and_files_nothing_new() throws Exception {
        GeneratedClaim claim = E2eClaims.freshMemberClaim(NetworkClaims.Provider.ST_MARY, 711);
        network.enrol(claim.memberId(), claim.subscriberId(), claim.planId(), claim.dateOfService().withDayOfYear(1));
        String key = "e2e-" + claim.claimId();

        HttpResponse<String> first = sent(network.api.file(network.stmary, claim.json(), key));
        HttpResponse<String> replayed = sent(network.api.file(network.stmary, claim.json(), key));
        HttpResponse<String> otherBody = sent(network.api.file(network.stmary,
                E2eClaims.freshMemberClaim(NetworkClaims.Provider.ST_MARY, 712).json(), key));

        assertThat(first.statusCode()).as(first.body()).isIn(201, 202);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(replayed.statusCode()).isEqualTo(first.statusCode());
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(replayed.body()).isEqualTo(first.body());
        assertThat(otherBody.statusCode()).as(otherBody.body()).isEqualTo(422);
        Await.until("claim " + claim.claimId() + " filed at St. Mary", NetworkApi.STEP_TIMEOUT,
                () -> claimsWithClaimId(claim.claimId()), claims -> claims > 0);
        assertThat(claimsWithClaimId(claim.claimId())).isEqualTo(1);
    }

    /** How many claims St. Mary's billing finds with the provider's claim id (the page's total). */
    private long claimsWithClaimId(String claimId) {
        return ((Number) Json.at(answer(network.api.findByClaimId(network.stmary, claimId)).json(), "total")).longValue();
    }

    private static HttpResponse<String> sent(CompletableFuture<HttpResponse<String>> call) throws Exception {
        return call.get(NetworkApi.STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
}
