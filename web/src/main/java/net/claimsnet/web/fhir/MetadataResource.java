package net.claimsnet.web.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import net.claimsnet.node.desk.DeskRole;
import org.hl7.fhir.r4.model.CapabilityStatement;

/** GET /fhir/metadata: what this node's /fhir supports (any logged-in user of the node). */
@Path("metadata")
@RequestScoped
@Produces({FhirMediaTypes.FHIR_JSON, FhirMediaTypes.FHIR_XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public class MetadataResource {

    @Inject
    private FhirCalls calls;

    @GET
    @RolesAllowed({DeskRole.BILLING_NAME, DeskRole.ADJUSTER_NAME, DeskRole.AUDITOR_NAME, DeskRole.NODE_ADMIN_NAME})
    public CapabilityStatement capabilities() {
        return CapabilityStatements.of(calls.nodeRole().orElse(null), calls.nodeName());
    }
}
