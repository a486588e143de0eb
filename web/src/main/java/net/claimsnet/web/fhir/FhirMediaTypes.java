package net.claimsnet.web.fhir;

import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Locale;

/** The media types /fhir reads and writes, and what the {@code _format} parameter may name. */
public final class FhirMediaTypes {

    public static final String FHIR_JSON = "application/fhir+json";
    public static final String FHIR_XML = "application/fhir+xml";
    public static final MediaType FHIR_JSON_TYPE = MediaType.valueOf(FHIR_JSON);
    public static final MediaType FHIR_XML_TYPE = MediaType.valueOf(FHIR_XML);

    private FhirMediaTypes() {
    }

    /** Whether a media type is one of the XML ones (application/fhir+xml, application/xml, text/xml). */
    public static boolean isXml(MediaType type) {
        return type != null && (type.getSubtype().endsWith("xml"));
    }

    /** Whether a media type is one /fhir reads or writes. */
    public static boolean isFhir(MediaType type) {
        if (type == null) {
            return false;
        }
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return (type.getType().equals("application") && (subtype.equals("fhir+json") || subtype.equals("json")
                || subtype.equals("fhir+xml") || subtype.equals("xml")))
                || (type.getType().equals("text") && subtype.equals("xml"));
    }

    /**
     * The media type a {@code _format} value asks for (json, xml, or a FHIR media type, as the
     * specification allows); null for a value that names neither.
     */
    public static MediaType ofFormatParameter(String format) {
        if (format == null) {
            return null;
        }
        String value = format.trim().toLowerCase(Locale.ROOT);
        if (List.of("json", FHIR_JSON, "application/json").contains(value)) {
            return FHIR_JSON_TYPE;
        }
        if (List.of("xml", FHIR_XML, "application/xml", "text/xml").contains(value)) {
            return FHIR_XML_TYPE;
        }
        return null;
    }

    /** The type an answer is written in for a request that accepts the given types: XML when it prefers XML, else JSON. */
    public static MediaType answerFor(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (isXml(type)) {
                return FHIR_XML_TYPE;
            }
            if (type.getSubtype().endsWith("json") || type.isWildcardType() || type.isWildcardSubtype()) {
                return FHIR_JSON_TYPE;
            }
        }
        return FHIR_JSON_TYPE;
    }
}
