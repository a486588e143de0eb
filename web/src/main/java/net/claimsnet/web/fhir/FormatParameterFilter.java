package net.claimsnet.web.fhir;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * FHIR's {@code _format} parameter overrides the Accept header (for a browser or a link that cannot
 * set one): it is turned into the Accept header before the request is matched, so that content
 * negotiation does the rest. An unknown value is 406 in an OperationOutcome, by the negotiation.
 */
@Provider
@PreMatching
public class FormatParameterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst("_format");
        if (format == null) {
            return;
        }
        MediaType type = FhirMediaTypes.ofFormatParameter(format);
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, type == null ? "application/x-unknown-format" : type.toString());
    }
}
