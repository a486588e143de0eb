package net.claimsnet.web.x12;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.CoverageDesk;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.web.api.ApiError;
import net.claimsnet.web.api.Callers;
import net.claimsnet.web.x12.eligibility.Eligibility270Reader;
import net.claimsnet.web.x12.eligibility.Eligibility271Writer;
import net.claimsnet.web.x12.eligibility.EligibilityInquiry;
import net.claimsnet.web.x12.eligibility.InvalidInquiryException;
import net.claimsnet.web.x12.envelope.ControlNumbers;

import net.corda.core.identity.CordaX500Name;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * POST /x12/270 on the insurer's node: a 270 eligibility inquiry (005010X279A1) answered with a 271
 * from the coverage desk (each read audited, as the desk's). A 270 that cannot be answered is 400
 * with each problem and where it is; a body over {@value #MAX_BYTES} bytes is 413.
 */
@Path("270")
@RequestScoped
public class Eligibility270Resource {

    /** An inquiry is a few hundred bytes per member; batches of thousands still fit. */
    static final int MAX_BYTES = 1_000_000;

    @Inject
    private Instance<CoverageDesk> desks;

    /** The node's name (the insurer's, which answers) comes from the claim desk. */
    @Inject
    private Instance<ClaimDesk> claimDesks;

    @Inject
    private ControlNumbers numbers;

    @Context
    private SecurityContext security;

    private CoverageDesk desk;
    private CordaX500Name insurer;

    public Eligibility270Resource() {
        // for CDI and JAX-RS
    }

    Eligibility270Resource(CoverageDesk desk, CordaX500Name insurer, ControlNumbers numbers, SecurityContext security) {
        this.desk = desk;
        this.insurer = insurer;
        this.numbers = numbers;
        this.security = security;
    }

    @POST
    @RolesAllowed({DeskRole.ADJUSTER_NAME, DeskRole.NODE_ADMIN_NAME})
    @Produces({Remittance835Resource.EDI_X12, MediaType.APPLICATION_JSON})
    public Response answer(byte[] body) {
        if (body == null || body.length == 0) {
            return error(400, "bad-request", "The body must be a 270 eligibility inquiry (X12 005010X279A1); it was empty", List.of());
        }
        if (body.length > MAX_BYTES) {
            return error(413, "too-large", "A 270 may have at most " + MAX_BYTES + " bytes; this one has " + body.length, List.of());
        }
        DeskUser user = Callers.of(security);
        CoverageDesk coverages = desk != null ? desk : desks.get();
        List<EligibilityInquiry> inquiries;
        try {
            inquiries = Eligibility270Reader.read(body, LocalDate.now());
        } catch (InvalidInquiryException e) {
            return error(400, "invalid-270", "The 270 cannot be answered; each finding says where it is wrong", e.problems());
        }
        byte[] edi = new Eligibility271Writer(insurer != null ? insurer : claimDesks.get().nodeName(), numbers, Clock.systemDefaultZone())
                .write(inquiries, memberId -> coverages.coverages(user, memberId));
        return Response.ok(edi, Remittance835Resource.EDI_X12).build();
    }

    private static Response error(int status, String code, String message, List<String> problems) {
        List<ApiError.Finding> findings = problems.stream().map(p -> new ApiError.Finding("ERROR", null, "x12-270", p)).toList();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, code, message, null, findings.isEmpty() ? null : findings, null)).build();
    }
}
