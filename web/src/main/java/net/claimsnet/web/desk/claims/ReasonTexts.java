package net.claimsnet.web.desk.claims;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.rules.reference.ReferenceData;

/** Reason codes in plain words (the node's reference data), for people who do not know CARC 45 by heart. */
@Named
@ApplicationScoped
public class ReasonTexts {

    private static final java.util.Set<NodeRole> HAS_RULES = java.util.EnumSet.of(NodeRole.PROVIDER, NodeRole.INSURER);

    @EJB
    private NodeRuntime runtime;

    /** A claim adjustment reason code (CARC) in words. */
    public String carc(String code) {
        return text("CARC", code);
    }

    /** A remittance advice remark code (RARC) in words. */
    public String rarc(String code) {
        return text("RARC", code);
    }

    private String text(String type, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        if (!runtime.isRunning() || !HAS_RULES.contains(runtime.node().role())) {
            // Auditor and notary nodes run no rules, so they hold no reference data: the code alone.
            return type + " " + code;
        }
        ReferenceData reference = runtime.referenceData();
        return reference.reasonText(type, code);
    }
}
