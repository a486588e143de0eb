package net.claimsnet.web.fhir;

import ca.uhn.fhir.parser.IParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** R4 resources as request and response bodies, JSON or XML by media type. */
public final class FhirBodies {

    /** The largest body /fhir reads: a claim bundle is some kilobytes; a bigger body is refused (413) unread. */
    static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

    private FhirBodies() {
    }

    /** Reads a body as a resource; what is not FHIR is 400 with an OperationOutcome. */
    @Provider
    @Consumes({FhirMediaTypes.FHIR_JSON, FhirMediaTypes.FHIR_XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public static class Reader implements MessageBodyReader<Resource> {

        @Override
        public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return Resource.class.isAssignableFrom(type) && FhirMediaTypes.isFhir(mediaType);
        }

        @Override
        public Resource readFrom(Class<Resource> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                                 MultivaluedMap<String, String> headers, InputStream body) throws IOException {
            byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new FhirRequestException(413, List.of(FhirIssue.error(IssueType.TOOCOSTLY,
                        "The body is larger than " + MAX_BODY_BYTES / 1024 / 1024 + " MB", null)));
            }
            return FhirParsing.parse(bytes, FhirMediaTypes.isXml(mediaType));
        }
    }

    /** Writes a resource in the negotiated format (JSON unless XML was asked for). */
    @Provider
    @Produces({FhirMediaTypes.FHIR_JSON, FhirMediaTypes.FHIR_XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public static class Writer implements MessageBodyWriter<Resource> {

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return Resource.class.isAssignableFrom(type);
        }

        @Override
        public void writeTo(Resource resource, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
            IParser parser = FhirMediaTypes.isXml(mediaType) ? FhirR4.context().newXmlParser() : FhirR4.context().newJsonParser();
            java.io.Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            parser.encodeResourceToWriter(resource, writer);
            writer.flush();
        }
    }
}
