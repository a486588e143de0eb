package net.claimsnet.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every other failure answers in JSON too, never with a stack trace. */
public final class FallbackExceptionMappers {

    private FallbackExceptionMappers() {
    }

    /** The server's own HTTP errors (unknown path 404, wrong method 405, wrong media type 415, bad request 400) as JSON. */
    @Provider
    public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            Response original = exception.getResponse();
            int status = original.getStatus();
            if (original.hasEntity()) {
                return original;
            }
            String reason = original.getStatusInfo().getReasonPhrase();
            Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(status, reason.toLowerCase().replace(' ', '-'), reason));
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(value -> answer.header(name, value));
                }
            });
            return answer.build();
        }
    }

    /**
     * A bug: 500 with an incident number the operator finds in the server log (where the stack trace
     * goes, as exception messages here carry no PHI), nothing else.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException exception) {
            // A container may wrap an HTTP answer (a producer's 503, for instance) in its own exception.
            for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause instanceof WebApplicationException) {
                    return new HttpErrors().toResponse((WebApplicationException) cause);
                }
            }
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "API incident " + incident, exception);
            return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(500, "internal-error", "The node could not answer; incident " + incident))
                    .build();
        }
    }
}
