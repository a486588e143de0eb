package net.claimsnet.web.api.limits;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.claimsnet.web.api.ApiError;

/**
 * A request past one of its limits, or a body that is not JSON at all: 400 (413 when too large) with
 * an {@link ApiError} whose code names the limit and whose field says where (a JSON path such as
 * {@code serviceLines[3].modifiers}, or a parameter's name). An HTTP exception with its answer built in,
 * so that it leaves a reader interceptor or a filter unchanged by the server's wrapping.
 */
public class RequestLimitException extends WebApplicationException {

    private final transient ApiError error;

    public RequestLimitException(int status, String code, String message, String where) {
        this(new ApiError(status, code, message, where, null, null));
    }

    private RequestLimitException(ApiError error) {
        super(error.message(), Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build());
        this.error = error;
    }

    public ApiError error() {
        return error;
    }
}
