package net.claimsnet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import net.claimsnet.node.Node;
import net.claimsnet.node.desk.CoverageDesk;
import net.claimsnet.node.desk.InMemoryClaimAuditTrail;
import net.claimsnet.node.desk.InvalidDeskInputException;
import net.claimsnet.rules.reference.ReferenceData;
import net.claimsnet.rules.reference.ReferenceDataLoader;
import net.claimsnet.web.api.ClaimViews.ClaimView;
import net.claimsnet.web.api.ClaimViews.FilingView;
import net.claimsnet.web.api.CoverageInputs.BatchEnrollmentInput;
import net.claimsnet.web.api.CoverageInputs.EnrollmentInput;
import net.claimsnet.web.api.CoverageInputs.TerminationInput;
import net.claimsnet.web.api.CoverageViews.BatchEnrollmentView;
import net.claimsnet.web.api.CoverageViews.CoverageListView;
import net.claimsnet.web.api.CoverageViews.CoverageView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static net.claimsnet.web.api.ApiTestNetwork.answer;
import static net.claimsnet.web.api.ApiTestNetwork.error;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverages resource over real desks on the in-JVM network, with the plans of the repository's
 * config/reference; failures go through the mapper as the server would send them. A member enrolled
 * here has a claim filed at St. Mary and decided at Acme through the claims resource.
 */
class CoveragesResourceTest {

    private static final ReferenceData REFERENCE = reference();
    private static final String MEMBER = "M-6001";

    private final ApiTestNetwork net = new ApiTestNetwork();
    private final InMemoryClaimAuditTrail acmeAudit = new InMemoryClaimAuditTrail(net.network.clock());
    private final CoveragesResource admin = resource(net.network.insurer(), acmeAudit, "admin@acme", "NODE_ADMIN");
    private final CoveragesResource adjuster = resource(net.network.insurer(), acmeAudit, "adjuster@acme", "ADJUSTER");
    private final ClaimDeskExceptionMapper mapper = new ClaimDeskExceptionMapper();

    private CoveragesResource resource(Node node, InMemoryClaimAuditTrail audit, String user, String... roles) {
        return new CoveragesResource(new CoverageDesk(node, () -> REFERENCE, audit, handle -> net.network.runNetwork()),
                new FakeSecurityContext(user, roles));
    }

    @AfterEach
    void close() {
        net.close();
    }


    private static EnrollmentInput gold(String member) {
        return new EnrollmentInput(member, null, "ACME-PPO-GOLD", "2025-01-01", null);
    }

    @Test
    void enrollingAnswers201WithTheCoveragesLocationPlanTermsAndAnEmptyAccumulator() {
        Response response = admin.enroll(new EnrollmentInput(MEMBER, "S-6001", "ACME-PPO-GOLD", "2025-02-01", "2025-12-31"));

        assertThat(response.getStatus()).isEqualTo(201);
        CoverageView coverage = (CoverageView) response.getEntity();
        assertThat(response.getLocation().toString()).isEqualTo("coverages/" + coverage.id());
        assertThat(coverage.status()).isEqualTo("ACTIVE");
        assertThat(coverage.subscriberId()).isEqualTo("S-6001");
        assertThat(coverage.effectiveFrom()).isEqualTo("2025-02-01");
        assertThat(coverage.benefits().deductible()).isEqualByComparingTo("500.00");
        assertThat(coverage.accumulator().planYear()).isEqualTo(2025);
        assertThat(coverage.accumulator().outOfPocketLimit()).isEqualByComparingTo("3000.00");
        assertThat(coverage.accumulator().deductibleMet()).isEqualByComparingTo("0");
        assertThat(adjuster.coverage(coverage.id())).isEqualTo(coverage);
    }

    @Test
    void theEnrolledMembersClaimIsFiledAtStMaryDecidedAtAcmeAndTheCoverageShowsTheDeductibleMet() {
        CoverageView coverage = (CoverageView) admin.enroll(gold(MEMBER)).getEntity();
        ClaimFilingInput sample = ApiTestNetwork.claim("CLM-COV-1");
        ClaimFilingInput claim = new ClaimFilingInput(sample.claimId(), sample.type(), sample.use(),
                new ClaimFilingInput.PatientInput(MEMBER, "Jane", "Doe", "1980-05-17", "F"), MEMBER, sample.billingProviderNpi(),
                sample.payerId(), sample.diagnosisCodes(), null, List.of(), sample.serviceLines(), null, null);
        ClaimsResource billing = new ClaimsResource(net.desk(net.network.stMary()), new FakeSecurityContext("billing@stmary", "BILLING"));
        ClaimsResource claimsAdjuster = new ClaimsResource(net.desk(net.network.insurer()), new FakeSecurityContext("adjuster@acme", "ADJUSTER"));

        Response filed = billing.submit(claim);
        assertThat(filed.getStatus()).isEqualTo(201);
        ClaimView decided = claimsAdjuster.adjudicate(((FilingView) filed.getEntity()).claim().id(), null);

        assertThat(decided.status()).isIn("APPROVED", "PARTIALLY_APPROVED");
        CoverageView after = adjuster.coverage(coverage.id());
        assertThat(after.accumulator().deductibleMet()).isPositive();
        assertThat(adjuster.coverages(MEMBER).coverages()).containsExactly(after);
    }

    @Test
    void anUnknownPlanIs400NamingPlanIdAndAMalformedDate400NamingTheDate() {
        Response unknown = answer(() -> admin.enroll(new EnrollmentInput(MEMBER, null, "NO-SUCH-PLAN", "2025-01-01", null)));
        Response badDate = answer(() -> admin.enroll(new EnrollmentInput(MEMBER, null, "ACME-PPO-GOLD", "01/01/2025", null)));

        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(error(unknown).field()).isEqualTo("planId");
        assertThat(error(unknown).message()).contains("NO-SUCH-PLAN");
        assertThat(badDate.getStatus()).isEqualTo(400);
        assertThat(error(badDate).field()).isEqualTo("effectiveFrom");
        assertThat(adjuster.coverages(MEMBER).total()).isZero();
    }

    @Test
    void enrollingAMemberCoveredAlreadyIs409AndAnUnknownCoverage404() {
        CoverageView first = (CoverageView) admin.enroll(gold(MEMBER)).getEntity();

        Response again = answer(() -> admin.enroll(gold(MEMBER)));
        Response unknown = answer(() -> adjuster.coverage("00000000-0000-0000-0000-000000000001"));

        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(error(again).message()).contains(first.id());
        assertThat(unknown.getStatus()).isEqualTo(404);
    }

    @Test
    void anAdjusterMayReadButNotEnrolAndAProviderNodeRefuses403() {
        CoveragesResource stMaryAdmin = resource(net.network.stMary(), new InMemoryClaimAuditTrail(net.network.clock()),
                "admin@stmary", "NODE_ADMIN");

        assertThat(answer(() -> adjuster.enroll(gold(MEMBER))).getStatus()).isEqualTo(403);
        assertThat(answer(() -> stMaryAdmin.enroll(gold(MEMBER))).getStatus()).isEqualTo(403);
        assertThat(answer(() -> stMaryAdmin.coverages(null)).getStatus()).isEqualTo(403);
        assertThat(adjuster.coverages(null).coverages()).extracting(CoverageView::memberId)
                .containsExactly(ApiTestNetwork.MEMBER);
    }

    @Test
    void terminatingAnswersTheCoverageTerminatedOnItsLastDayAndTwice409() {
        CoverageView coverage = (CoverageView) admin.enroll(gold(MEMBER)).getEntity();

        CoverageView ended = admin.terminate(coverage.id(), new TerminationInput("2025-06-30"));
        Response twice = answer(() -> admin.terminate(coverage.id(), new TerminationInput("2025-05-31")));
        Response noDay = answer(() -> admin.terminate(coverage.id(), new TerminationInput(null)));

        assertThat(ended.status()).isEqualTo("TERMINATED");
        assertThat(ended.effectiveTo()).isEqualTo("2025-06-30");
        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(noDay.getStatus()).isEqualTo(400);
        assertThat(error(noDay).field()).isEqualTo("lastDay");
    }

    @Test
    void aBatchEnrolsEachMemberAndSaysWhyNotForTheOthers() {
        admin.enroll(gold("M-6002"));

        BatchEnrollmentView batch = admin.enrollAll(new BatchEnrollmentInput(Arrays.asList(gold("M-6001"), gold("M-6002"),
                new EnrollmentInput("M-6003", null, "NO-SUCH-PLAN", "2025-01-01", null))));

        assertThat(batch.enrolled()).isEqualTo(1);
        assertThat(batch.alreadyCovered()).isEqualTo(1);
        assertThat(batch.refused()).isEqualTo(1);
        assertThat(batch.members()).extracting(CoverageViews.EnrollmentOutcomeView::result)
                .containsExactly("ENROLLED", "ALREADY_COVERED", "REFUSED");
        assertThat(batch.members().get(0).coverage().memberId()).isEqualTo("M-6001");
        assertThat(batch.members().get(2).field()).isEqualTo("members[2].planId");
    }

    @Test
    void aBatchWithAMalformedDateFailsWhole400NamingTheMemberAndNothingIsEnrolled() {
        Response response = answer(() -> admin.enrollAll(new BatchEnrollmentInput(List.of(gold("M-6001"),
                new EnrollmentInput("M-6002", null, "ACME-PPO-GOLD", "2025-13-01", null)))));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response).field()).isEqualTo("members[1].effectiveFrom");
        assertThat(adjuster.coverages(null).coverages()).extracting(CoverageView::memberId)
                .containsExactly(ApiTestNetwork.MEMBER);
    }

    @Test
    void everyEndpointNamesItsRolesNodeAdminsWriteAdjustersRead() {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (Method method : CoveragesResource.class.getDeclaredMethods()) {
            String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST" : null;
            if (verb != null) {
                Path path = method.getAnnotation(Path.class);
                RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
                roles.put(verb + " /api/coverages" + (path == null ? "" : "/" + path.value()),
                        allowed == null ? List.of() : Arrays.asList(allowed.value()));
            }
        }
        assertThat(roles).hasSize(5)
                .containsEntry("POST /api/coverages", List.of("NODE_ADMIN"))
                .containsEntry("POST /api/coverages/batch", List.of("NODE_ADMIN"))
                .containsEntry("GET /api/coverages", List.of("NODE_ADMIN", "ADJUSTER"))
                .containsEntry("GET /api/coverages/{id}", List.of("NODE_ADMIN", "ADJUSTER"))
                .containsEntry("POST /api/coverages/{id}/termination", List.of("NODE_ADMIN"));
    }

    @Test
    void theMapperAnswersCoverageNotFound404AndConflict409() {
        assertThat(mapper.toResponse(new net.claimsnet.node.desk.CoverageNotFoundException("No coverage x")).getStatus())
                .isEqualTo(404);
        assertThat(mapper.toResponse(new net.claimsnet.node.desk.CoverageConflictException("terminated")).getStatus())
                .isEqualTo(409);
        assertThat(mapper.toResponse(new InvalidDeskInputException("planId", "x")).getStatus()).isEqualTo(400);
    }

    /** The repository's config/reference, loaded as a node's rules load it. */
    private static ReferenceData reference() {
        java.nio.file.Path dir = java.nio.file.Path.of("config", "reference");
        if (!Files.isDirectory(dir)) {
            dir = java.nio.file.Path.of("..", "config", "reference");
        }
        Map<String, byte[]> files = new HashMap<>();
        try {
            for (String name : ReferenceDataLoader.FILES) {
                files.put(name, Files.readAllBytes(dir.resolve(name)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ReferenceDataLoader.load(files);
    }
}
