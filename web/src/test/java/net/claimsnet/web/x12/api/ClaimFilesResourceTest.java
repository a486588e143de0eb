package net.claimsnet.web.x12.api;

import jakarta.ws.rs.core.Response;
import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Sex;
import net.corda.core.contracts.UniqueIdentifier;
import net.claimsnet.web.api.ApiError;
import net.claimsnet.web.api.ApiTestNetwork;
import net.claimsnet.web.api.FakeSecurityContext;
import net.claimsnet.web.desk.jobs.BatchJobs;
import net.claimsnet.web.x12.claims.Claim837Writer;
import net.claimsnet.web.x12.claims.X12Samples;
import net.claimsnet.web.x12.intake.ClaimFileIntake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /x12/837, GET /x12/837/{icn} and GET /x12/277ca/{icn} over the in-memory network's real desks;
 * the background job runs on the calling thread here, so each answer can be read at once.
 */
class ClaimFilesResourceTest {

    private static final String MEMBER = ApiTestNetwork.MEMBER;

    private final ApiTestNetwork net = new ApiTestNetwork();
    private final ClaimFileIntake intake = new ClaimFileIntake(new BatchJobs(Runnable::run), net.network.clock());
    private final ClaimFilesResource billing = new ClaimFilesResource(net.desk(net.network.stMary()), intake,
            new FakeSecurityContext("billing@stmary", "BILLING"));
    private final ClaimAcknowledgementResource acknowledgements = new ClaimAcknowledgementResource(intake, net.network.clock());

    @AfterEach
    void close() {
        net.close();
    }

    static ClaimDetails claim(String claimId, String npi) {
        return new ClaimDetails(claimId, ClaimType.PROFESSIONAL, ClaimUse.CLAIM,
                new Patient(MEMBER, "Jane", "Doe", LocalDate.of(1980, 5, 17), Sex.F),
                MEMBER, npi, "ACME01", List.of("E11.9", "I10"), null, FrequencyCode.ORIGINAL, null, List.of(),
                List.of(new ServiceLine(1, "99213", List.of(), 1, new BigDecimal("150.00"),
                                LocalDate.of(2025, 3, 10), "11", List.of(1)),
                        new ServiceLine(2, "85025", List.of(), 1, new BigDecimal("40.00"),
                                LocalDate.of(2025, 3, 10), "11", List.of(1, 2))));
    }

    private static String file(String controlNumber, ClaimDetails... claims) {
        return Claim837Writer.write(List.of(claims), "PPO-GOLD", Claim837Writer.Sender.example("STMARY"), controlNumber,
                LocalDateTime.of(2025, 3, 20, 9, 0));
    }

    private Response post(String x12) {
        return billing.submit(new ByteArrayInputStream(x12.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private ClaimFileStatus status(String controlNumber) {
        Response response = billing.status(controlNumber);
        assertThat(response.getStatus()).isEqualTo(200);
        return (ClaimFileStatus) response.getEntity();
    }

    private List<ClaimState> claimsAtAcme() {
        return net.desk(net.network.insurer()).search(DeskUser.of("adjuster@acme", DeskRole.ADJUSTER),
                ClaimSearch.all()).claims();
    }

    @Test
    void anAcceptedFileIsAnswered999AndItsClaimsAreFiledThroughTheDeskEachWithItsResult() {
        Response response = post(file("000000501", claim("X12-OK", "1234567893"), claim("X12-BAD-NPI", "1234567890")));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).isEqualToIgnoringCase("application/EDI-X12");
        assertThat((String) response.getEntity()).contains("AK9*A*1*1*1");
        assertThat(response.getLocation().toString()).isEqualTo("837/000000501");

        ClaimFileStatus status = status("000000501");
        assertThat(status.total()).isEqualTo(2);
        assertThat(status.done()).isEqualTo(2);
        assertThat(status.finished()).isTrue();
        assertThat(status.accepted()).isEqualTo(1);
        assertThat(status.rejected()).isEqualTo(1);
        ClaimFileStatus.ClaimResult filed = status.claims().get(0);
        assertThat(filed.patientControlNumber()).isEqualTo("X12-OK");
        assertThat(filed.status()).isEqualTo("ACCEPTED");
        assertThat(filed.ledgerId()).isNotBlank();
        ClaimFileStatus.ClaimResult refused = status.claims().get(1);
        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(refused.reasons()).contains("npi-check-digit").contains("1234567890");
        assertThat(claimsAtAcme()).extracting(c -> c.getClaim().getClaimId()).containsExactly("X12-OK");

        String ack277 = (String) acknowledgements.acknowledgement("501").getEntity();
        assertThat(ack277).contains("ST*277*0001*005010X214", "TRN*2*X12-OK", "STC*A2:20", "REF*1K*" + filed.ledgerId(),
                "TRN*2*X12-BAD-NPI", "STC*A3:21", "QTY*90*1", "QTY*AA*1");
    }

    @Test
    void aVoidNamesTheClaimByItsLedgerIdAndVoidsItAndAReplacementReplacesIt() {
        post(file("000000601", claim("X12-V", "1234567893")));
        post(file("000000602", claim("X12-R", "1234567893")));
        String voided = status("601").claims().get(0).ledgerId();
        String replaced = status("602").claims().get(0).ledgerId();

        post(file("000000603", claim("X12-V", "1234567893").withFrequencyCode(FrequencyCode.VOID)
                .withOriginalClaimId(new UniqueIdentifier(null, UUID.fromString(voided)))));
        post(file("000000604", claim("X12-R2", "1234567893").withFrequencyCode(FrequencyCode.REPLACEMENT)
                .withOriginalClaimId(new UniqueIdentifier(null, UUID.fromString(replaced)))));

        assertThat(status("603").claims().get(0).status()).as(status("603").claims().get(0).reasons()).isEqualTo("ACCEPTED");
        assertThat(status("604").claims().get(0).status()).as(status("604").claims().get(0).reasons()).isEqualTo("ACCEPTED");
        DeskUser clerk = DeskUser.of("billing@stmary", DeskRole.BILLING);
        assertThat(net.desk(net.network.stMary()).claim(clerk, voided).getStatus().name()).isEqualTo("VOIDED");
        assertThat(net.desk(net.network.stMary()).claim(clerk, replaced).getStatus().name()).isEqualTo("REPLACED");
        String replacement = status("604").claims().get(0).ledgerId();
        assertThat(net.desk(net.network.stMary()).claim(clerk, replacement).getClaim().getClaimId()).isEqualTo("X12-R2");
    }

    @Test
    void aClaimTheMappingRefusesIsRejectedWithWhyAndNothingIsFiled() {
        String x12 = file("000000502", claim("X12-SUM", "1234567893")).replace("CLM*X12-SUM*190.00", "CLM*X12-SUM*200.00");

        assertThat((String) post(x12).getEntity()).contains("AK9*A*1*1*1");

        ClaimFileStatus.ClaimResult result = status("502").claims().get(0);
        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.reasons()).contains("CLM02").contains("190.00");
        assertThat(claimsAtAcme()).isEmpty();
    }

    @Test
    void aRejectedTransactionSetFilesNothing() {
        Response response = billing.submit(new ByteArrayInputStream(X12Samples.bytes("bad-837p-missing-required-loops.txt")));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat((String) response.getEntity()).contains("IK3*NM1*7*2010AA*3", "AK9*R*1*1*0");
        assertThat(status("000000905").total()).isZero();
        assertThat(claimsAtAcme()).isEmpty();
    }

    @Test
    void aBodyThatIsNotX12Is400NamingWhyAndKeepsNothing() {
        Response response = billing.submit(new ByteArrayInputStream(X12Samples.bytes("bad-837p-no-isa-segment.txt")));

        assertThat(response.getStatus()).isEqualTo(400);
        ApiError error = (ApiError) response.getEntity();
        assertThat(error.error()).isEqualTo("not-x12");
        assertThat(error.message()).contains("ISA").contains("'GS'");
        assertThat(intake.recent()).isEmpty();
    }

    @Test
    void aFileCutShortInsideItsInterchangeIs400() {
        String whole = file("000000503", claim("X12-CUT", "1234567893"));

        Response response = post(whole.substring(0, whole.indexOf("GE*")));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((ApiError) response.getEntity()).message()).contains("nothing in the file was accepted");
        assertThat(claimsAtAcme()).isEmpty();
    }

    @Test
    void anUnknownControlNumberIs404ForStatusAnd277ca() {
        assertThat(billing.status("999999999").getStatus()).isEqualTo(404);
        assertThat(acknowledgements.acknowledgement("999999999").getStatus()).isEqualTo(404);
        assertThat(billing.status("not-a-number").getStatus()).isEqualTo(404);
    }

    @Test
    void anInsurersNodeTakesNo837() {
        ClaimFilesResource atAcme = new ClaimFilesResource(net.desk(net.network.insurer()), intake,
                new FakeSecurityContext("billing@acme", "BILLING"));

        Response response = atAcme.submit(new ByteArrayInputStream(file("000000504", claim("X12-ACME", "1234567893"))
                .getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(intake.recent()).isEmpty();
    }
}
