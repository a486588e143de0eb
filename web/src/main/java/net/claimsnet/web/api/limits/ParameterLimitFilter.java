package net.claimsnet.web.api.limits;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Map;

/**
 * Path and query parameters within their lengths before a resource sees them: an identifier in a path
 * (a claim's or coverage's ledger id is a 36-character UUID, a flow's or transaction's shorter than 64)
 * is at most {@value #MAX_PATH_PARAMETER} characters, a query parameter (a member id, a provider's X.500
 * name, a date) at most {@value #MAX_QUERY_PARAMETER}, and a request names at most
 * {@value #MAX_QUERY_PARAMETERS} of them. Longer ones are 400 naming the parameter: a 300-character id
 * used to reach the database and come back as 500. Runs after authentication and role checks, so a
 * caller without access learns nothing from it.
 */
@Provider
@Priority(Priorities.USER)
public class ParameterLimitFilter implements ContainerRequestFilter {

    public static final int MAX_PATH_PARAMETER = 64;
    public static final int MAX_QUERY_PARAMETER = 256;
    public static final int MAX_QUERY_PARAMETERS = 32;

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo());
    }

    static void check(UriInfo uri) {
        checkAll(uri.getPathParameters(), MAX_PATH_PARAMETER, "path");
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        int count = query.values().stream().mapToInt(List::size).sum();
        if (count > MAX_QUERY_PARAMETERS) {
            throw new RequestLimitException(400, "too-many-parameters", "The request has " + count
                    + " query parameters; at most " + MAX_QUERY_PARAMETERS + " are taken", "query");
        }
        checkAll(query, MAX_QUERY_PARAMETER, "query");
    }

    private static void checkAll(MultivaluedMap<String, String> parameters, int maxLength, String kind) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.length() > maxLength) {
                throw new RequestLimitException(400, "parameter-too-long", "A " + kind + " parameter's name is longer than "
                        + maxLength + " characters", kind);
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.length() > maxLength) {
                    throw new RequestLimitException(400, "parameter-too-long", "The " + kind + " parameter " + name + " has "
                            + value.length() + " characters; at most " + maxLength + " are taken", name);
                }
            }
        }
    }
}
