package net.claimsnet.web.api;

import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The node did not start (its health check says why): claim requests answer 503 until it does. */
public final class NodeUnavailableException extends ServiceUnavailableException {

    public NodeUnavailableException(String reason) {
        super(Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(503, "node-unavailable", reason + "; see /health/ready")).build());
    }
}
