package net.claimsnet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import net.claimsnet.node.desk.CoverageDesk;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.node.desk.EnrolledCoverage;
import net.claimsnet.node.desk.Enrollment;
import net.claimsnet.node.desk.EnrollmentOutcome;
import net.claimsnet.node.desk.InvalidDeskInputException;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.BenefitSummary;
import net.claimsnet.states.CoverageState;
import net.claimsnet.web.api.CoverageInputs.BatchEnrollmentInput;
import net.claimsnet.web.api.CoverageInputs.EnrollmentInput;
import net.claimsnet.web.api.CoverageInputs.TerminationInput;
import net.claimsnet.web.api.CoverageViews.AccumulatorView;
import net.claimsnet.web.api.CoverageViews.BatchEnrollmentView;
import net.claimsnet.web.api.CoverageViews.BenefitsView;
import net.claimsnet.web.api.CoverageViews.CoverageListView;
import net.claimsnet.web.api.CoverageViews.CoverageView;
import net.claimsnet.web.api.CoverageViews.EnrollmentOutcomeView;
import net.claimsnet.web.api.limits.FieldLimits;
import net.claimsnet.web.api.limits.JsonBodyLimit;
import net.claimsnet.web.api.limits.JsonBudget;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The insurer's member coverages (its eligibility operations): enrol members in its plans, one or
 * many at a time, end coverages, and read them with the plan year's deductible and out-of-pocket met.
 * On the insurer's node only; NODE_ADMIN enrols and terminates, NODE_ADMIN or ADJUSTER reads. Paths
 * name a coverage by its ledger id ({@code id} in every answer).
 */
@Path("coverages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coverages", description = "Enrol members in the insurer's plans, end and read their coverages")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (HTTP Basic)", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "The user's role does not allow it, or this is not the insurer's node", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class CoveragesResource {

    private static final String READERS_DOC = "NODE_ADMIN or ADJUSTER, insurer node; every read is audited";

    /** Asked for when a request needs it, so that a node not running is the request's 503, not a failed injection. */
    @Inject
    private Instance<CoverageDesk> desks;

    private CoverageDesk desk;

    @Context
    private SecurityContext security;

    public CoveragesResource() {
        // for CDI and JAX-RS
    }

    CoveragesResource(CoverageDesk desk, SecurityContext security) {
        this.desk = desk;
        this.security = security;
    }

    @POST
    @RolesAllowed(DeskRole.NODE_ADMIN_NAME)
    @Operation(summary = "Enrol a member (NODE_ADMIN, insurer node)",
            description = "Opens the member's benefit accumulator for the plan year with the plan's deductible, out-of-pocket "
                    + "maximum and visit limits (config/reference), unless one is open already, then issues the coverage. A "
                    + "coverage stays within one calendar year: effectiveTo defaults to 31 December of effectiveFrom's year.")
    @APIResponse(responseCode = "201", description = "Enrolled; Location names the coverage", content = @Content(schema = @Schema(implementation = CoverageView.class)))
    @APIResponse(responseCode = "400", description = "A missing or malformed field, or an unknown plan (named in field)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "The member has an active coverage for overlapping dates, or the ledger refused", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response enroll(EnrollmentInput input) {
        ClaimAssembler.requireBody(input);
        EnrolledCoverage enrolled = desk().enroll(caller(), enrollment(input, ""));
        return Response.created(URI.create("coverages/" + enrolled.id())).entity(view(enrolled)).build();
    }

    @POST
    @Path("batch")
    @RolesAllowed(DeskRole.NODE_ADMIN_NAME)
    @JsonBodyLimit(JsonBudget.BATCH)
    @Operation(summary = "Enrol many members (NODE_ADMIN, insurer node)",
            description = "{\"members\": [enrolment, ...]} (at most " + CoverageDesk.MAX_BATCH + "): each member as POST "
                    + "/api/coverages would, in turn; one that cannot be enrolled does not stop the others. Answers one outcome "
                    + "per member: ENROLLED, ALREADY_COVERED (an active coverage overlaps; coverageId names it), REFUSED "
                    + "(field, message) or STILL_RUNNING (flowId). A malformed date anywhere fails the whole request (400).")
    @APIResponse(responseCode = "200", description = "An outcome per member", content = @Content(schema = @Schema(implementation = BatchEnrollmentView.class)))
    @APIResponse(responseCode = "400", description = "No members, too many, or a malformed field (named, e.g. members[3].effectiveFrom)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public BatchEnrollmentView enrollAll(BatchEnrollmentInput input) {
        ClaimAssembler.requireBody(input);
        if (input.members() == null) {
            throw new InvalidDeskInputException("members", "members (a list of enrolments) is required");
        }
        List<Enrollment> enrollments = new ArrayList<>(input.members().size());
        for (int i = 0; i < input.members().size(); i++) {
            EnrollmentInput member = input.members().get(i);
            enrollments.add(member == null ? null : enrollment(member, "members[" + i + "]."));
        }
        List<EnrollmentOutcomeView> outcomes = desk().enrollAll(caller(), enrollments).stream()
                .map(CoveragesResource::view).toList();
        return new BatchEnrollmentView(count(outcomes, EnrollmentOutcome.Result.ENROLLED),
                count(outcomes, EnrollmentOutcome.Result.ALREADY_COVERED), count(outcomes, EnrollmentOutcome.Result.REFUSED),
                count(outcomes, EnrollmentOutcome.Result.STILL_RUNNING), outcomes);
    }

    @GET
    @RolesAllowed({DeskRole.NODE_ADMIN_NAME, DeskRole.ADJUSTER_NAME})
    @Operation(summary = "List coverages (" + READERS_DOC + ")",
            description = "Current versions, active and terminated, by member and newest first, each with the member's "
                    + "accumulator for its plan year.")
    @APIResponse(responseCode = "200", description = "The coverages", content = @Content(schema = @Schema(implementation = CoverageListView.class)))
    public CoverageListView coverages(@Parameter(description = "The member id; all members when absent") @QueryParam("member") String member) {
        List<CoverageView> found = desk().coverages(caller(), member).stream().map(CoveragesResource::view).toList();
        return new CoverageListView(found, found.size());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({DeskRole.NODE_ADMIN_NAME, DeskRole.ADJUSTER_NAME})
    @Operation(summary = "A coverage with the deductible and out-of-pocket met (" + READERS_DOC + ")")
    @APIResponse(responseCode = "200", description = "The coverage", content = @Content(schema = @Schema(implementation = CoverageView.class)))
    @APIResponse(responseCode = "404", description = "No such coverage on this node", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CoverageView coverage(@PathParam("id") String id) {
        return view(desk().coverage(caller(), id));
    }

    @POST
    @Path("{id}/termination")
    @RolesAllowed(DeskRole.NODE_ADMIN_NAME)
    @Operation(summary = "End a coverage (NODE_ADMIN, insurer node)",
            description = "{\"lastDay\": \"yyyy-MM-dd\"}, the last covered day, within the coverage's period. The id is the "
                    + "coverage's, or a member id for the member's only active coverage. Claims filed afterwards for later "
                    + "dates are refused for no active coverage.")
    @APIResponse(responseCode = "200", description = "The coverage, TERMINATED", content = @Content(schema = @Schema(implementation = CoverageView.class)))
    @APIResponse(responseCode = "400", description = "lastDay missing, malformed or outside the period", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such coverage (or active coverage of that member)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "Terminated already, the member has several active coverages, or the ledger refused", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CoverageView terminate(@PathParam("id") String id, TerminationInput input) {
        ClaimAssembler.requireBody(input);
        return view(desk().terminate(caller(), id, ClaimAssembler.date(input.lastDay(), "lastDay", true)));
    }

    // ---- mapping ------------------------------------------------------------------------------

    private static Enrollment enrollment(EnrollmentInput input, String prefix) {
        return new Enrollment(FieldLimits.identifier(input.memberId(), prefix + "memberId"),
                FieldLimits.identifier(input.subscriberId(), prefix + "subscriberId"),
                FieldLimits.identifier(input.planId(), prefix + "planId"),
                ClaimAssembler.date(input.effectiveFrom(), prefix + "effectiveFrom", true),
                ClaimAssembler.date(input.effectiveTo(), prefix + "effectiveTo", false));
    }

    static CoverageView view(EnrolledCoverage enrolled) {
        CoverageState coverage = enrolled.coverage();
        BenefitSummary benefits = coverage.getBenefits();
        BenefitAccumulatorState accumulator = enrolled.accumulator();
        return new CoverageView(enrolled.id(), coverage.getMemberId(), coverage.getSubscriberId(), coverage.getPlanId(),
                coverage.getPlanName(), text(coverage.getPeriodStart()), text(coverage.getPeriodEnd()),
                coverage.getStatus().name(), coverage.getInsurer().getName().toString(),
                benefits == null ? null : new BenefitsView(benefits.getDeductible(), benefits.getOutOfPocketMaximum(),
                        benefits.getCopay(), benefits.getCoinsurancePercent(), benefits.getVisitLimits()),
                accumulator == null ? null : new AccumulatorView(accumulator.getPlanYear(), accumulator.getDeductibleLimit(),
                        accumulator.getDeductibleMet(), accumulator.getOutOfPocketLimit(), accumulator.getOutOfPocketMet(),
                        accumulator.getVisitsUsed()));
    }

    private static EnrollmentOutcomeView view(EnrollmentOutcome outcome) {
        return new EnrollmentOutcomeView(outcome.index(), outcome.memberId(), outcome.result().name(), outcome.coverageId(),
                outcome.enrolled() == null ? null : view(outcome.enrolled()), outcome.field(), outcome.message(),
                outcome.flowId());
    }

    private static int count(List<EnrollmentOutcomeView> outcomes, EnrollmentOutcome.Result result) {
        return (int) outcomes.stream().filter(o -> o.result().equals(result.name())).count();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private CoverageDesk desk() {
        if (desk == null) {
            desk = desks.get();
        }
        return desk;
    }

    private DeskUser caller() {
        return Callers.of(security);
    }
}
