package net.claimsnet.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body that is not JSON, or not the JSON an endpoint takes (a string where a number
 * belongs), is 400 naming the property when the JSON-B provider names it. The server wraps JSON-B's
 * failure in a {@link ProcessingException}; both are answered here.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {

    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    @Override
    public Response toResponse(ProcessingException exception) {
        return answer(exception);
    }

    static Response answer(Throwable exception) {
        // The JSON-B provider names each property on the way down (outer first): serviceLines, then charge.
        List<String> path = new ArrayList<>();
        String parsing = null;
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (message != null) {
                Matcher matcher = PROPERTY.matcher(message);
                while (matcher.find()) {
                    if (path.isEmpty() || !path.get(path.size() - 1).equals(matcher.group(1))) {
                        path.add(matcher.group(1));
                    }
                }
            }
            if (parsing == null && cause instanceof JsonParsingException) {
                parsing = message;
            }
        }
        String field = path.isEmpty() ? null : String.join(".", path);
        String text = field != null ? "The value of " + field + " does not fit its type"
                : parsing != null ? "The request body is not valid JSON: " + parsing
                : "The request body is not valid JSON for this request";
        ApiError error = new ApiError(400, "malformed-json", text, field, null, null);
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    /** The same answer when JSON-B's exception reaches the application unwrapped. */
    @Provider
    public static class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException exception) {
            return answer(exception);
        }
    }
}
