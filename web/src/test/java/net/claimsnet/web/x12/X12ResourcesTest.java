package net.claimsnet.web.x12;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import net.claimsnet.node.Node;
import net.claimsnet.node.desk.ClaimDeskException;
import net.claimsnet.node.desk.CoverageDesk;
import net.claimsnet.node.desk.InMemoryClaimAuditTrail;
import net.claimsnet.states.ClaimState;
import net.claimsnet.web.api.ApiError;
import net.claimsnet.web.api.ClaimDeskExceptionMapper;
import net.claimsnet.web.api.FakeSecurityContext;
import net.claimsnet.web.x12.envelope.SequentialControlNumbers;
import net.claimsnet.web.x12.remittance.Remittance835;
import net.claimsnet.web.x12.remittance.Remittance835Balancing;
import net.claimsnet.web.x12.remittance.Remittance835Reader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The /x12 resources over the in-memory network: who may call them, what they answer, and every error a client can cause. */
class X12ResourcesTest {

    private static final LocalDate SERVED = LocalDate.of(2025, 3, 10);
    private static final LocalDate PAID = LocalDate.of(2025, 4, 1);

    private final SettledClaims claims = new SettledClaims();
    private final SequentialControlNumbers numbers = SequentialControlNumbers.after(500);

    @AfterEach
    void close() {
        claims.close();
    }

    private Remittance835Resource remittanceAt(Node node, String user, String role) {
        return new Remittance835Resource(claims.net.desk(node), numbers, new FakeSecurityContext(user, role));
    }

    private Eligibility270Resource eligibilityAt(Node node, String user, String role) {
        CoverageDesk desk = new CoverageDesk(node, () -> {
            throw new IllegalStateException("answering a 270 enrols no one");
        }, new InMemoryClaimAuditTrail(claims.net.network.clock()), handle -> claims.net.network.runNetwork());
        return new Eligibility270Resource(desk, node.name(), numbers, new FakeSecurityContext(user, role));
    }

    // ---- roles and the application ------------------------------------------------------------

    @Test
    void the835IsForBillingAndAdjustersAndThe270ForAdjustersAndNodeAdministrators() throws Exception {
        assertThat(roles(Remittance835Resource.class.getMethod("remittance", String.class, String.class)))
                .containsExactly("BILLING", "ADJUSTER");
        assertThat(roles(Eligibility270Resource.class.getMethod("answer", byte[].class))).containsExactly("ADJUSTER", "NODE_ADMIN");
    }

    @Test
    void theX12ApplicationListsItsResourcesAndNoResourceOfTheApi() {
        assertThat(new X12Application().getClasses()).contains(Remittance835Resource.class, Eligibility270Resource.class)
                .doesNotContain(net.claimsnet.web.api.ClaimsResource.class);
    }

    // ---- GET /x12/835 -------------------------------------------------------------------------

    @Test
    void billingGetsTheProvidersPaymentsAsAnX12AttachmentThatReconcilesWithTheLedger() {
        ClaimState settled = claims.settledByRules("CLM-1", SERVED, "EFT-1", PAID);

        Response response = answer(() -> remittanceAt(claims.net.network.stMary(), "billing@stmary", "BILLING")
                .remittance("2025-04-01", "2025-04-30"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).isEqualToIgnoringCase("application/EDI-X12");
        assertThat(response.getHeaderString("Content-Disposition")).contains("835-2025-04-01-to-2025-04-30.edi");
        Remittance835 read = Remittance835Reader.read((byte[]) response.getEntity());
        assertThat(read.syntaxErrors()).isEmpty();
        assertThat(Remittance835Balancing.problems(read)).isEmpty();
        assertThat(read.transactions().get(0).paymentTotal()).isEqualByComparingTo(settled.getSettlement().getAmount());
    }

    @Test
    void theAdjustersFileAtTheInsurerReportsTheSamePaymentAsTheProvidersFile() {
        claims.settledByRules("CLM-1", SERVED, "EFT-1", PAID);
        claims.settledByRules("CLM-2", SERVED, "EFT-2", PAID);

        Remittance835 atInsurer = Remittance835Reader.read((byte[]) answer(() -> remittanceAt(claims.net.network.insurer(),
                "adjuster@acme", "ADJUSTER").remittance("2025-04-01", "2025-04-01")).getEntity());
        Remittance835 atProvider = Remittance835Reader.read((byte[]) answer(() -> remittanceAt(claims.net.network.stMary(),
                "billing@stmary", "BILLING").remittance("2025-04-01", "2025-04-01")).getEntity());

        assertThat(atInsurer.transactions()).hasSize(2);
        assertThat(atInsurer.transactions()).extracting(Remittance835.Transaction::traceNumber).containsExactly("EFT-1", "EFT-2");
        assertThat(atInsurer.transactions()).extracting(Remittance835.Transaction::paymentTotal)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(atProvider.transactions().stream().map(Remittance835.Transaction::paymentTotal).toList());
    }

    @Test
    void paymentsOutsideTheRangeAreLeftOutAndARangeWithoutAnyIs404SayingSo() {
        claims.settledByRules("CLM-1", SERVED, "EFT-1", PAID);

        Response response = answer(() -> remittanceAt(claims.net.network.stMary(), "billing@stmary", "BILLING")
                .remittance("2025-04-02", "2025-04-30"));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(error(response).message()).isEqualTo("No payment was made between 2025-04-02 and 2025-04-30 on this node, so there is no 835 to send");
    }

    @Test
    void aDateThatIsNotADateIs400NamingTheParameterAndTheValue() {
        Response response = answer(() -> remittanceAt(claims.net.network.stMary(), "billing@stmary", "BILLING")
                .remittance("2025-13-01", "2025-12-31"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response).field()).isEqualTo("from");
        assertThat(error(response).message()).contains("'from' must be a date as YYYY-MM-DD; was '2025-13-01'");
    }

    @Test
    void aMissingDateIs400AndAReversedRangeIs400() {
        Remittance835Resource resource = remittanceAt(claims.net.network.stMary(), "billing@stmary", "BILLING");

        Response missing = answer(() -> resource.remittance("2025-01-01", null));
        Response reversed = answer(() -> resource.remittance("2025-04-30", "2025-04-01"));

        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(error(missing).message()).contains("'to' is required");
        assertThat(reversed.getStatus()).isEqualTo(400);
        assertThat(error(reversed).message()).isEqualTo("The range ends (to=2025-04-01) before it starts (from=2025-04-30)");
    }

    // ---- POST /x12/270 ------------------------------------------------------------------------

    @Test
    void aCoveredMemberGetsActiveCoverageWithThePlanAndWhatRemainsOfDeductibleAndOutOfPocket() {
        String inquiry = Inquiries.forMember("M-1001", "20250310");

        Response response = answer(() -> eligibilityAt(claims.net.network.insurer(), "adjuster@acme", "ADJUSTER")
                .answer(inquiry.getBytes(StandardCharsets.US_ASCII)));

        assertThat(response.getStatus()).isEqualTo(200);
        String text = new String((byte[]) response.getEntity(), StandardCharsets.US_ASCII);
        assertThat(text).contains("ST*271*0001*005010X279A1~", "BHT*0022*11*REF-42*", "TRN*2*TRACE-1*9CLINIC001~",
                "NM1*IL*1*DOE*JANE****MI*M-1001~", "DTP*291*RD8*20250101-20251231~", "EB*1**30**Acme PPO Gold~",
                "EB*C*IND*30***23*100~", "EB*C*IND*30***29*100~", "EB*G*IND*30***23*5000~", "EB*G*IND*30***29*5000~",
                "EB*B*IND*30***27*25~", "EB*A*IND*30*****0.2~");
        assertThat(Inquiries.readBack(text).errors()).isEmpty();
    }

    @Test
    void theRemainingDeductibleFallsOnceAClaimHasUsedIt() {
        ClaimState settled = claims.settledByRules("CLM-1", SERVED, "EFT-1", PAID);
        BigDecimal deductibleUsed = settled.getAdjudication().totalDeductible();
        assertThat(deductibleUsed).isPositive();

        String text = new String((byte[]) answer(() -> eligibilityAt(claims.net.network.insurer(), "adjuster@acme", "ADJUSTER")
                .answer(Inquiries.forMember("M-1001", "20250310").getBytes(StandardCharsets.US_ASCII))).getEntity(),
                StandardCharsets.US_ASCII);

        String remaining = new BigDecimal("100").subtract(deductibleUsed).stripTrailingZeros().toPlainString();
        assertThat(text).contains("EB*C*IND*30***29*" + (remaining.equals("0") ? "0" : remaining) + "~");
    }

    @Test
    void aDateOutsideTheCoveragePeriodIsInactiveAndAnUnknownMemberIsNotFound() {
        Eligibility270Resource resource = eligibilityAt(claims.net.network.insurer(), "adjuster@acme", "ADJUSTER");

        String outside = new String((byte[]) answer(() -> resource.answer(Inquiries.forMember("M-1001", "20260115")
                .getBytes(StandardCharsets.US_ASCII))).getEntity(), StandardCharsets.US_ASCII);
        String unknown = new String((byte[]) answer(() -> resource.answer(Inquiries.forMember("M-9999", "20250310")
                .getBytes(StandardCharsets.US_ASCII))).getEntity(), StandardCharsets.US_ASCII);

        assertThat(outside).contains("EB*6**30**Acme PPO Gold~").doesNotContain("EB*1*");
        assertThat(unknown).contains("AAA*Y**75*C~").doesNotContain("EB*");
    }

    @Test
    void theSharedSample270IsAnsweredForItsSubscriberWhomTheInsurerDoesNotKnow() throws Exception {
        byte[] sample = Files.readAllBytes(SharedSamples.x12("270-lfh-subscriber-benefit-check.270"));

        Response response = answer(() -> eligibilityAt(claims.net.network.insurer(), "adjuster@acme", "ADJUSTER").answer(sample));

        assertThat(response.getStatus()).isEqualTo(200);
        String text = new String((byte[]) response.getEntity(), StandardCharsets.US_ASCII);
        assertThat(text).contains("*30*000000005      *", "BHT*0022*11*10001234*", "NM1*1P*2*BONE AND JOINT CLINIC*****SV*2000035~",
                "TRN*2*93175-012547*9877281234~", "NM1*IL*1*SMITH*ROBERT****MI*11122333301~", "AAA*Y**75*C~", "DMG*D8*19430519~");
        assertThat(Inquiries.readBack(text).errors()).isEmpty();
    }

    @Test
    void theSharedSample271IsNotAnInquiryAnd400SaysSo() throws Exception {
        byte[] sample = Files.readAllBytes(SharedSamples.x12("271-lfh-subscriber-benefit-check.271"));

        Response response = answer(() -> eligibilityAt(claims.net.network.insurer(), "adjuster@acme", "ADJUSTER").answer(sample));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response).findings()).anySatisfy(f -> assertThat(f.message()).contains("ST01 is '271'"));
    }

    @Test
    void malformedInquiriesAre400NamingWhereTheyAreWrong() {
        Eligibility270Resource resource = eligibilityAt(claims.net.network.insurer(), "adjuster@acme", "ADJUSTER");
        String good = Inquiries.forMember("M-1001", "20250310");

        Response notX12 = answer(() -> resource.answer("hello, is Jane covered?".getBytes(StandardCharsets.US_ASCII)));
        Response badCount = answer(() -> resource.answer(good.replace("SE*12*0001", "SE*13*0001").getBytes(StandardCharsets.US_ASCII)));
        Response noMemberId = answer(() -> resource.answer(good.replace("****MI*M-1001~", "~").getBytes(StandardCharsets.US_ASCII)));
        Response badDate = answer(() -> resource.answer(good.replace("DTP*291*D8*20250310", "DTP*291*D8*20251340").getBytes(StandardCharsets.US_ASCII)));
        Response empty = answer(() -> resource.answer(new byte[0]));

        assertThat(List.of(notX12, badCount, noMemberId, badDate, empty)).allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(400));
        assertThat(error(notX12).findings()).isNotEmpty();
        assertThat(error(badCount).findings()).anySatisfy(f -> assertThat(f.message()).contains("SE"));
        assertThat(error(noMemberId).findings()).anySatisfy(f -> assertThat(f.message()).contains("(NM109): the member id is required"));
        assertThat(error(badDate).findings()).anySatisfy(f -> assertThat(f.message()).contains("(DTP03): '20251340' is not a date"));
        assertThat(error(empty).message()).contains("it was empty");
    }

    @Test
    void everySharedX12SampleGetsA200IfItIsThe270AndA400OtherwiseNeverAnError() throws Exception {
        Eligibility270Resource resource = eligibilityAt(claims.net.network.insurer(), "adjuster@acme", "ADJUSTER");
        List<java.nio.file.Path> samples;
        try (var files = Files.list(SharedSamples.x12("."))) {
            samples = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(10);

        for (java.nio.file.Path sample : samples) {
            Response response = answer(() -> resource.answer(readAll(sample)));
            int expected = sample.getFileName().toString().endsWith(".270") ? 200 : 400;
            assertThat(response.getStatus()).as(sample.getFileName().toString()).isEqualTo(expected);
            if (expected == 400) {
                assertThat(error(response).findings()).as(sample.getFileName().toString()).isNotEmpty();
            }
        }
    }

    private static byte[] readAll(java.nio.file.Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aProviderNodeDoesNotAnswerEligibility() {
        Response response = answer(() -> eligibilityAt(claims.net.network.stMary(), "admin@stmary", "NODE_ADMIN")
                .answer(Inquiries.forMember("M-1001", "20250310").getBytes(StandardCharsets.US_ASCII)));

        assertThat(response.getStatus()).isEqualTo(403);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static List<String> roles(java.lang.reflect.Method method) {
        return Arrays.asList(method.getAnnotation(RolesAllowed.class).value());
    }

    /** What the server answers: the method's response, or its exception as the application's mappers map it. */
    private static Response answer(Supplier<Response> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            return e.getResponse();
        } catch (ClaimDeskException e) {
            return new ClaimDeskExceptionMapper().toResponse(e);
        }
    }

    private static ApiError error(Response response) {
        return (ApiError) response.getEntity();
    }
}
