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

/**
 * The desk's answers as HTTP: bad input 400 naming the field, not allowed 403, not found 404, wrong
 * state or refused by the ledger 409 with the reason, still running 202 with the flow id.
 */
@Provider
public class ClaimDeskExceptionMapper implements ExceptionMapper<ClaimDeskException> {

    @Override
    public Response toResponse(ClaimDeskException exception) {
        ApiError error;
        if (exception instanceof InvalidDeskInputException) {
            error = ApiError.ofField(((InvalidDeskInputException) exception).field(), exception.getMessage());
        } else if (exception instanceof DeskAccessDeniedException) {
            error = ApiError.of(403, "forbidden", exception.getMessage());
        } else if (exception instanceof ClaimNotFoundException || exception instanceof CoverageNotFoundException
                || exception instanceof AccessGrantNotFoundException) {
            error = ApiError.of(404, "not-found", exception.getMessage());
        } else if (exception instanceof ClaimConflictException || exception instanceof CoverageConflictException
                || exception instanceof AccessGrantConflictException) {
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
