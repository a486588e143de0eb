package net.claimsnet.web.desk.claims;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.rules.reference.ReferenceData;

/** Reason codes in plain words (the node's reference data), for people who do not know CARC 45 by heart. */
@Named
@ApplicationScoped
public class ReasonTexts {

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
        ReferenceData reference = runtime.referenceData();
        return reference == null ? type + " " + code : reference.reasonText(type, code);
    }
}
