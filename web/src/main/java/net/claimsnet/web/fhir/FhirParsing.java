package net.claimsnet.web.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import net.claimsnet.web.api.limits.BoundedJsonBody;
import net.claimsnet.web.api.limits.JsonLimits;
import net.claimsnet.web.api.limits.RequestLimitException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a request body as an R4 resource, JSON or XML, or refuses it (400) naming what is wrong: not
 * JSON/XML at all (with the parser's line and column), not a resource, or elements the model does
 * not have. A byte order mark is tolerated.
 */
public final class FhirParsing {

    /** Size as FhirBodies reads it; 32 levels deep; texts as long as a body; 10,000 items in a list. */
    static final JsonLimits JSON_LIMITS = new JsonLimits(FhirBodies.MAX_BODY_BYTES, 32, FhirBodies.MAX_BODY_BYTES, 10_000);

    private FhirParsing() {
    }

    public static Resource parse(byte[] body, boolean xml) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return parse(text, xml);
    }

    public static Resource parse(String text, boolean xml) {
        if (text.isBlank()) {
            throw FhirRequestException.badRequest(FhirIssue.error(IssueType.REQUIRED, "The request has no body: send a FHIR resource", null));
        }
        if (!xml) {
            checkJsonLimits(text);
        }
        ParseProblems problems = new ParseProblems();
        IParser parser = (xml ? FhirR4.context().newXmlParser() : FhirR4.context().newJsonParser())
                .setParserErrorHandler(problems);
        IBaseResource parsed;
        try {
            parsed = parser.parseResource(text);
        } catch (DataFormatException e) {
            throw FhirRequestException.badRequest(FhirIssue.error(IssueType.STRUCTURE,
                    "The body is not a FHIR R4 resource in " + (xml ? "XML" : "JSON") + ": " + cleaned(e.getMessage()), null));
        }
        if (!problems.issues().isEmpty()) {
            throw new FhirRequestException(400, problems.issues());
        }
        if (!(parsed instanceof Resource)) {
            throw FhirRequestException.badRequest(FhirIssue.error(IssueType.STRUCTURE, "The body is not an R4 resource", null));
        }
        return (Resource) parsed;
    }

    /**
     * The JSON within its limits before HAPI sees it: HAPI writes every number out in full
     * ({@code BigDecimal.toPlainString}), and {@code 1e999999999} in a Claim took the server's heap
     * (found by the fuzz run). Resources nest deeper than the API's bodies (a Bundle's claim's item's
     * detail's subDetail...) and may carry attachments, so depth and text length are generous here.
     */
    private static void checkJsonLimits(String text) {
        try {
            BoundedJsonBody.checkBytes(text.getBytes(StandardCharsets.UTF_8), JSON_LIMITS);
        } catch (RequestLimitException e) {
            String message = "malformed-json".equals(e.error().error())
                    ? "The body is not a FHIR R4 resource in JSON: " + e.error().message() : e.error().message();
            throw new FhirRequestException(e.error().status(), List.of(FhirIssue.error(
                    e.error().status() == 413 ? IssueType.TOOCOSTLY : IssueType.STRUCTURE, message, e.error().field())));
        }
    }

    /** HAPI prefixes its messages with an internal message number ("HAPI-1861: "): the reader needs the rest. */
    private static String cleaned(String message) {
        if (message == null) {
            return "unreadable";
        }
        return message.replaceFirst("^HAPI-\\d+: ", "");
    }

    /** The resource types an operation takes, or 400 naming the type it got. */
    public static <T extends Resource> T require(Resource resource, Class<T> type, String operation) {
        if (!type.isInstance(resource)) {
            throw FhirRequestException.badRequest(FhirIssue.error(IssueType.INVALID, operation + " takes a "
                    + type.getSimpleName() + "; the body is a " + resource.fhirType(), resource.fhirType()));
        }
        return type.cast(resource);
    }

    static List<String> bodyTypes() {
        return List.of(FhirMediaTypes.FHIR_JSON, FhirMediaTypes.FHIR_XML, "application/json", "application/xml", "text/xml");
    }
}
