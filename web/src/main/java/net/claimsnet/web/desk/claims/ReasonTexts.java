package net.claimsnet.web.desk.claims;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.web.desk.DeskReferenceData;

/** Reason codes in plain words (the node's reference data), for people who do not know CARC 45 by heart. */
@Named
@ApplicationScoped
public class ReasonTexts {

    @Inject
    private DeskReferenceData reference;

    /** A claim adjustment reason code (CARC) in words. */
    public String carc(String code) {
        return text("CARC", code);
    }

    /** A remittance advice remark code (RARC) in words. */
    public String rarc(String code) {
        return text("RARC", code);
    }

    /** The code's words; "CARC 45" where the reference data lacks it or the node has none. */
    private String text(String type, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return reference.current().map(r -> r.reasonText(type, code)).orElse(type + " " + code);
    }
}
