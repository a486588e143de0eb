package net.claimsnet.web.desk.adjuster;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.rules.reference.ReferenceData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reason codes the CARC and RARC pickers offer, with their words from the node's reference data.
 * The reference data lists no reason codes (it only answers the words for a code), so the codes offered
 * are the common ones of config/reference/reason-codes.csv and DOMAIN.md; a code typed that is not
 * offered is still sent, and the desk's rules decide.
 */
@Named
@ApplicationScoped
public class ReasonCodeChoices {

    /** Code → words used when the node cannot give its own (not running, or a node without rules). */
    static final Map<String, String> CARCS = codes(
            "1", "Deductible", "2", "Coinsurance", "3", "Copay",
            "6", "Procedure does not fit the patient's age", "7", "Procedure does not fit the patient's sex",
            "16", "Claim lacks information or has billing errors", "18", "Exact duplicate claim or service",
            "26", "Service before coverage began", "27", "Service after coverage ended",
            "29", "Time limit for filing expired", "31", "Patient not identified as a member",
            "45", "Charge exceeds the fee schedule", "50", "Not medically necessary", "96", "Non-covered charge",
            "97", "Included in another service (bundled)", "119", "Benefit maximum reached",
            "133", "Waiting for review by an adjuster", "197", "Precertification/authorization absent",
            "242", "Provider outside the plan's network");
    static final Map<String, String> RARCS = codes(
            "M15", "Separately billed services combined", "M51", "Procedure code missing or not valid",
            "M52", "Date of service missing or not valid", "M53", "Units missing or not valid",
            "M76", "Diagnosis or pointer missing or not valid", "M79", "Charge missing or not valid",
            "N130", "See the plan documents for benefits and limits", "N264", "Missing/incomplete/invalid ordering provider name",
            "MA130", "Claim lacks information needed to process it");

    @EJB
    private NodeRuntime runtime;

    /** The CARCs whose code or words contain what was typed, for the picker. */
    public List<String> completeCarc(String typed) {
        return matching(CARCS, "CARC", typed);
    }

    public List<String> completeRarc(String typed) {
        return matching(RARCS, "RARC", typed);
    }

    /** "45 — the words", as the picker lists a code. */
    public String carcLabel(String code) {
        return code == null ? "" : code + " — " + words("CARC", code, CARCS);
    }

    public String rarcLabel(String code) {
        return code == null ? "" : code + " — " + words("RARC", code, RARCS);
    }

    public List<String> getCarcCodes() {
        return List.copyOf(CARCS.keySet());
    }

    private List<String> matching(Map<String, String> codes, String type, String typed) {
        String wanted = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        return codes.keySet().stream()
                .filter(code -> wanted.isEmpty() || code.toLowerCase(Locale.ROOT).startsWith(wanted)
                        || words(type, code, codes).toLowerCase(Locale.ROOT).contains(wanted))
                .collect(Collectors.toList());
    }

    private String words(String type, String code, Map<String, String> fallback) {
        ReferenceData reference = reference();
        String fromNode = reference == null ? null : reference.reasonText(type, code);
        // The reference data answers "CARC 45" for a code it lacks: our words are better then.
        if (fromNode != null && !fromNode.equals(type + " " + code)) {
            return fromNode;
        }
        return fallback.getOrDefault(code, type + " " + code);
    }

    private ReferenceData reference() {
        if (runtime == null || !runtime.isRunning()) {
            return null;
        }
        try {
            return runtime.referenceData();
        } catch (IllegalStateException e) {
            // A node without rules (not an insurer): the fixed words serve.
            return null;
        }
    }

    private static Map<String, String> codes(String... codeThenWords) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < codeThenWords.length; i += 2) {
            codes.put(codeThenWords[i], codeThenWords[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(codes);
    }
}
