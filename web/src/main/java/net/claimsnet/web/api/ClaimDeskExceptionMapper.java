package net.claimsnet.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import net.claimsnet.node.desk.ClaimConflictException;
import net.claimsnet.node.desk.ClaimDeskException;
import net.claimsnet.node.desk.ClaimNotFoundException;
import net.claimsnet.node.desk.AccessGrantConflictException;
import net.claimsnet.node.desk.AccessGrantNotFoundException;
import net.claimsnet.node.desk.CoverageConflictException;
import net.claimsnet.node.desk.CoverageNotFoundException;
import net.claimsnet.node.desk.DeskAccessDeniedException;
import net.claimsnet.node.desk.FlowStillRunningException;
import net.claimsnet.node.desk.InvalidDeskInputException;
import net.claimsnet.node.desk.MemberConsentConflictException;
import net.claimsnet.node.desk.MemberConsentNotFoundException;
import net.claimsnet.node.desk.MemberHistoryRefusedException;

/**
 * The desk's answers as HTTP: bad input 400 naming the field, not allowed 403, not found 404, wrong
 * state or refused by the ledger 409 with the reason, still running 202 with the flow id. A member's history
 * refused for want of the member's consent is a 403 too, as error {@code no-consent}: the caller's role was
 * allowed, the member's consent was missing.
 */
@Provider
public class ClaimDeskExceptionMapper implements ExceptionMapper<ClaimDeskException> {

    /** The error of a 403 that the member's missing consent, not the caller's role, caused. */
    public static final String NO_CONSENT = "no-consent";

    @Override
    public Response toResponse(ClaimDeskException exception) {
        ApiError error;
        if (exception instanceof InvalidDeskInputException) {
            error = ApiError.ofField(((InvalidDeskInputException) exception).field(), exception.getMessage());
        } else if (exception instanceof DeskAccessDeniedException) {
            error = ApiError.of(403, "forbidden", exception.getMessage());
        } else if (exception instanceof MemberHistoryRefusedException) {
            error = ApiError.of(403, NO_CONSENT, exception.getMessage());
        } else if (exception instanceof ClaimNotFoundException || exception instanceof CoverageNotFoundException
                || exception instanceof AccessGrantNotFoundException || exception instanceof MemberConsentNotFoundException) {
            error = ApiError.of(404, "not-found", exception.getMessage());
        } else if (exception instanceof ClaimConflictException || exception instanceof CoverageConflictException
                || exception instanceof AccessGrantConflictException || exception instanceof MemberConsentConflictException) {
            error = ApiError.of(409, "conflict", exception.getMessage());
        } else if (exception instanceof FlowStillRunningException) {
            error = new ApiError(202, "still-running", exception.getMessage(), null, null,
                    ((FlowStillRunningException) exception).flowId());
        } else {
            error = ApiError.of(409, "conflict", exception.getMessage());
        }
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
