package net.claimsnet.web.fhir;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.CoverageDesk;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.rules.reference.ReferenceData;
import net.claimsnet.web.api.Callers;
import net.claimsnet.web.desk.DeskReferenceData;

import java.util.Optional;

/**
 * What a /fhir request works with: the caller as the desk knows them, the node's claim and coverage
 * desks (the same as the desk's and the JSON API's, made when a request needs them, so a node not
 * running is that request's 503), the reference data of the rules in force, and the node's role.
 */
@RequestScoped
public class FhirCalls {

    @Inject
    private Instance<ClaimDesk> claimDesks;

    @Inject
    private Instance<CoverageDesk> coverageDesks;

    @Inject
    private DeskReferenceData referenceData;

    @EJB
    private NodeRuntime runtime;

    public DeskUser caller(SecurityContext security) {
        return Callers.of(security);
    }

    public ClaimDesk claims() {
        return claimDesks.get();
    }

    public CoverageDesk coverages() {
        return coverageDesks.get();
    }

    /** The codes the node's rules check against; empty on a node without them, or not running. */
    public Optional<ReferenceData> referenceData() {
        return referenceData.current();
    }

    /** The node's role; empty while it is not running. */
    public Optional<NodeRole> nodeRole() {
        return runtime.isRunning() ? Optional.of(runtime.node().role()) : Optional.empty();
    }

    /** The node's organisation name, as its ledger identity says it. */
    public String nodeName() {
        return runtime.isRunning() ? runtime.node().name().getOrganisation() : "ClaimsNet node";
    }
}
