package net.claimsnet.web.fhir;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import net.claimsnet.web.api.ApiError;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;

import java.util.ArrayList;
import java.util.List;

/**
 * Every error /fhir answers is an OperationOutcome in the request's format. The node's shared
 * answers (the role check's 401/403, the desk's 400/404/409, the server's own 404/405/415/406, the
 * 503 of a node not running, a bug's 500 with its incident number) are made as the JSON API's
 * {@link ApiError}; this filter says the same in FHIR, so that there is one place that decides them.
 */
@Provider
public class FhirErrorAnswers implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof ApiError) {
            response.setEntity(outcomeOf((ApiError) entity), response.getEntityAnnotations(),
                    FhirMediaTypes.answerFor(request.getAcceptableMediaTypes()));
        } else if (entity instanceof OperationOutcome || (entity != null && response.getStatus() >= 400 && !(entity instanceof org.hl7.fhir.r4.model.Resource))) {
            MediaType type = FhirMediaTypes.answerFor(request.getAcceptableMediaTypes());
            Object outcome = entity instanceof OperationOutcome ? entity
                    : Outcomes.error(Outcomes.typeForStatus(response.getStatus()), String.valueOf(entity));
            response.setEntity(outcome, response.getEntityAnnotations(), type);
        } else if (entity == null && response.getStatus() >= 400) {
            response.setEntity(Outcomes.error(Outcomes.typeForStatus(response.getStatus()), "HTTP " + response.getStatus()),
                    response.getEntityAnnotations(), FhirMediaTypes.answerFor(request.getAcceptableMediaTypes()));
        }
        if (response.getEntity() instanceof org.hl7.fhir.r4.model.Resource && response.getMediaType() != null
                && !response.getMediaType().getSubtype().startsWith("fhir+")) {
            // application/json or xml was negotiated: FHIR's own media type says what the body is.
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE,
                    FhirMediaTypes.isXml(response.getMediaType()) ? FhirMediaTypes.FHIR_XML : FhirMediaTypes.FHIR_JSON);
        }
    }

    static OperationOutcome outcomeOf(ApiError error) {
        List<FhirIssue> issues = new ArrayList<>();
        issues.add(new FhirIssue(error.status() >= 400 ? IssueSeverity.ERROR : IssueSeverity.INFORMATION,
                Outcomes.typeForStatus(error.status()), error.message(), null));
        if (error.findings() != null) {
            for (ApiError.Finding finding : error.findings()) {
                issues.add(new FhirIssue("ERROR".equals(finding.severity()) ? IssueSeverity.ERROR : IssueSeverity.WARNING,
                        Outcomes.typeForStatus(422), finding.message() + " (rule: " + finding.rule() + ")", null));
            }
        }
        return Outcomes.of(issues);
    }
}
