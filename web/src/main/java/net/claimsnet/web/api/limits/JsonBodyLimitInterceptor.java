package net.claimsnet.web.api.limits;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;

/**
 * Every JSON request body of the application that lists it is read here first, within the endpoint's
 * {@link JsonBudget} ({@link JsonBodyLimit}, or {@link JsonBudget#ACTION} when it names none), and checked
 * in one streaming pass; only then does JSON-B bind the checked bytes. Bodies of other types (the P2P
 * endpoint's octets, which it bounds itself) pass untouched.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyLimitInterceptor implements ReaderInterceptor {

    @Context
    private ResourceInfo resource;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && !isJson(type)) {
            return context.proceed();
        }
        JsonLimits limits = budgetOf(resource == null ? null : resource.getResourceMethod()).limits();
        BoundedJsonBody.checkDeclaredLength(context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH), limits);
        byte[] body = BoundedJsonBody.read(context.getInputStream(), limits);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static JsonBudget budgetOf(Method method) {
        if (method == null) {
            return JsonBudget.ACTION;
        }
        JsonBodyLimit named = method.getAnnotation(JsonBodyLimit.class);
        if (named == null) {
            named = method.getDeclaringClass().getAnnotation(JsonBodyLimit.class);
        }
        return named == null ? JsonBudget.ACTION : named.value();
    }

    private static boolean isJson(MediaType type) {
        return type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase().endsWith("+json");
    }
}
