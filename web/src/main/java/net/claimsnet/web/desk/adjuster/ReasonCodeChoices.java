package net.claimsnet.web.desk.adjuster;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.rules.reference.ReasonCode;
import net.claimsnet.rules.reference.ReferenceData;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The reason codes the CARC and RARC pickers offer: those of the node's reference data
 * (config/reference/reason-codes.csv), with their words. A code typed that is not offered is still
 * sent, and the desk's rules decide.
 */
@Named
@ApplicationScoped
public class ReasonCodeChoices {

    @EJB
    private NodeRuntime runtime;

    /** The CARCs whose code starts with, or whose words contain, what was typed, for the picker. */
    public List<String> completeCarc(String typed) {
        return matching("CARC", typed);
    }

    public List<String> completeRarc(String typed) {
        return matching("RARC", typed);
    }

    /** "45 — the words", as the picker lists a code. */
    public String carcLabel(String code) {
        return label("CARC", code);
    }

    public String rarcLabel(String code) {
        return label("RARC", code);
    }

    private List<String> matching(String type, String typed) {
        ReferenceData reference = reference();
        return reference == null ? List.of() : matching(reference.reasonCodes(type), typed);
    }

    /** The codes of the list whose code starts with, or whose words contain, the typed text (all when blank). */
    static List<String> matching(List<ReasonCode> codes, String typed) {
        String wanted = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        return codes.stream()
                .filter(r -> wanted.isEmpty() || r.code().toLowerCase(Locale.ROOT).startsWith(wanted)
                        || r.description().toLowerCase(Locale.ROOT).contains(wanted))
                .map(ReasonCode::code)
                .collect(Collectors.toList());
    }

    private String label(String type, String code) {
        if (code == null) {
            return "";
        }
        ReferenceData reference = reference();
        String words = reference == null ? null : reference.reasonText(type, code);
        // The reference data answers "CARC 45" for a code it lacks: the code alone says as much.
        return words == null || words.equals(type + " " + code) ? code : code + " — " + words;
    }

    private ReferenceData reference() {
        if (runtime == null || !runtime.isRunning()) {
            return null;
        }
        try {
            return runtime.referenceData();
        } catch (IllegalStateException e) {
            // A node without rules (not an insurer) holds no reference data: nothing to offer.
            return null;
        }
    }
}
