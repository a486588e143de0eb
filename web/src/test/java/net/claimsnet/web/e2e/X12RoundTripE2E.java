package net.claimsnet.web.e2e;

import net.claimsnet.bench.network.Json;
import net.claimsnet.bench.network.NetworkClaims;
import net.claimsnet.bench.network.NetworkClaims.GeneratedClaim;
import net.claimsnet.bench.network.NetworkNode;
import net.claimsnet.bench.network.ClaimsApi.Answer;
import net.claimsnet.web.NetworkTrust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static net.claimsnet.web.e2e.NetworkApi.answer;
import static net.claimsnet.web.e2e.NetworkApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An 837P through the running network: St. Mary's billing system posts it to /x12/837 and gets its 999
 * at once; the claim is filed in the background (the file's status, then its 277CA, name its ledger
 * id); Acme's rules approve it and Acme pays it; St. Mary holds it SETTLED with Acme's amounts.
 * St. Mary's 835 for the day of payment reconciles (the BPR02s add up to the CLP04s) and pays the
 * claim what the ledger says.
 */
@ExtendWith(RunningNetwork.class)
class X12RoundTripE2E {

    private static final String EDI_X12 = "application/EDI-X12";

    private final NetworkApi network = new NetworkApi();
    private final HttpClient http = NetworkTrust.runningNetwork().client().build();

    @Test
    void an_837P_posted_at_st_mary_is_filed_in_the_background_then_decided_and_paid_at_acme() {
        GeneratedClaim generated = E2eClaims.freshMemberClaim(NetworkClaims.Provider.ST_MARY, 7);
        network.enrol(generated.memberId(), generated.memberId(), generated.planId(), generated.dateOfService().withDayOfYear(1));
        String controlNumber = X12Files.freshControlNumber();
        String file = X12Files.file(List.of(X12Files.details(generated, X12Files.ST_MARY_NPI)), generated.planId(), controlNumber);

        HttpResponse<String> acknowledged = send(network.stmary, "x12/837", file);
        assertThat(acknowledged.statusCode()).as("POST /x12/837: %s", acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.body()).contains("ST*999", "IK5*A", "AK9*A*1*1*1");

        Object status = Await.until("the 837's claim filed at St. Mary", NetworkApi.STEP_TIMEOUT,
                () -> expect(200, answer(network.api.get(network.stmary, "x12/837/" + controlNumber)), "the 837's status").json(),
                s -> "true".equals(Json.text(s, "finished")));
        Object claimResult = ((List<?>) Json.at(status, "claims")).get(0);
        assertThat(Json.text(claimResult, "status")).as("the claim's result: %s", Json.text(claimResult, "reasons"))
                .isEqualTo("ACCEPTED");
        String ledgerId = Json.text(claimResult, "ledgerId");

        HttpResponse<String> claimAcknowledgement = get(network.stmary, "x12/277ca/" + controlNumber);
        assertThat(claimAcknowledgement.statusCode()).isEqualTo(200);
        assertThat(claimAcknowledgement.body()).contains("TRN*2*" + generated.claimId(), "STC*A2:20", "REF*1K*" + ledgerId);

        network.claimWithStatus(network.acme, ledgerId, "SUBMITTED");
        Answer decided = expect(200, answer(network.api.adjudicateByRules(network.acme, ledgerId)), "adjudicating at Acme");
        assertThat(NetworkApi.status(decided.json())).isEqualTo("APPROVED");
        expect(200, answer(network.api.settle(network.acme, ledgerId, "EFT-X12-" + generated.claimId())), "settling at Acme");

        Object atStMary = network.claimWithStatus(network.stmary, ledgerId, "SETTLED");
        Object atAcme = network.claimWithStatus(network.acme, ledgerId, "SETTLED");
        assertThat(Json.text(atStMary, "claimId")).isEqualTo(generated.claimId());
        assertThat(new BigDecimal(Json.text(atStMary, "settlement.amount")))
                .isEqualByComparingTo(new BigDecimal(Json.text(atAcme, "settlement.amount")));
        assertThat(new BigDecimal(Json.text(atStMary, "totalCharge"))).isEqualByComparingTo(generated.variant().lines()
                .stream().map(NetworkClaims.Line::charge).reduce(BigDecimal.ZERO, BigDecimal::add));

        LocalDate paidOn = LocalDate.parse(Json.text(atStMary, "settlement.paymentDate"));
        Remittance remittance = remittance(network.stmary, paidOn, paidOn);
        assertThat(remittance.reconciles()).as("BPR02 %s against the CLP04 sum %s", remittance.totalPaid(),
                remittance.sumOfClaimPayments()).isTrue();
        assertThat(remittance.paidByClaim().get(generated.claimId())).as("the 835 pays the claim what the ledger says")
                .isNotNull().isEqualByComparingTo(new BigDecimal(Json.text(atStMary, "settlement.amount")));
    }

    /**
     * What an 835 file says was paid: the BPR02 of its payments added up, the sum of CLP04 and each
     * claim's CLP04 by CLP01 (patient control number).
     */
    record Remittance(BigDecimal totalPaid, BigDecimal sumOfClaimPayments, Map<String, BigDecimal> paidByClaim) {

        boolean reconciles() {
            return totalPaid.compareTo(sumOfClaimPayments) == 0;
        }
    }

    /**
     * GET /x12/835?from=..&to=.. at the node, read: its delimiters from the ISA, then BPR02 and every
     * CLP's CLP01 and CLP04. The 835 step of this round trip asserts {@code remittance(stmary, day,
     * day).reconciles()} and that it pays the claim what the ledger says.
     */
    Remittance remittance(NetworkNode node, LocalDate from, LocalDate to) {
        HttpResponse<String> answer = get(node, "x12/835?from=" + from + "&to=" + to);
        assertThat(answer.statusCode()).as("GET /x12/835: %s", answer.body()).isEqualTo(200);
        String x12 = answer.body().strip();
        assertThat(x12).startsWith("ISA");
        char element = x12.charAt(3);
        char component = x12.charAt(104);
        char terminator = x12.charAt(105);
        BigDecimal total = null;
        // One transaction set per payment: a file of several payments has a BPR in each.
        BigDecimal sum = BigDecimal.ZERO;
        Map<String, BigDecimal> byClaim = new LinkedHashMap<>();
        for (String segment : x12.split(java.util.regex.Pattern.quote(String.valueOf(terminator)))) {
            String[] elements = segment.strip().split(java.util.regex.Pattern.quote(String.valueOf(element)), -1);
            if (elements[0].equals("BPR")) {
                total = (total == null ? BigDecimal.ZERO : total).add(new BigDecimal(elements[2]));
            } else if (elements[0].equals("CLP")) {
                BigDecimal paid = new BigDecimal(elements[4]);
                sum = sum.add(paid);
                byClaim.merge(elements[1], paid, BigDecimal::add);
            }
        }
        assertThat(total).as("BPR02 in the 835 (component separator %s)", component).isNotNull();
        return new Remittance(total, sum, byClaim);
    }

    private HttpResponse<String> send(NetworkNode node, String path, String body) {
        return call(HttpRequest.newBuilder(node.uri(path)).header("Content-Type", EDI_X12)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)), node);
    }

    private HttpResponse<String> get(NetworkNode node, String path) {
        return call(HttpRequest.newBuilder(node.uri(path)).GET(), node);
    }

    private HttpResponse<String> call(HttpRequest.Builder request, NetworkNode node) {
        String credentials = Base64.getEncoder().encodeToString((node.user() + ":" + node.password()).getBytes(StandardCharsets.UTF_8));
        try {
            return http.send(request.timeout(Duration.ofMinutes(2)).header("Authorization", "Basic " + credentials).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new AssertionError("request to " + node.id() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
