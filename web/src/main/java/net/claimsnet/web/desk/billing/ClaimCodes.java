package net.claimsnet.web.desk.billing;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.rules.reference.ReferenceData;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The code pickers of the claim form ({@code #{claimCodes...}}), over the reference data of the rule set
 * in force. A node that is not running, or has no rules, offers no suggestions: the clerk can still type
 * codes, and the scrub rules judge them.
 */
@Named
@ApplicationScoped
public class ClaimCodes {

    @EJB
    private NodeRuntime runtime;

    /** The codes of the reference data last seen; rebuilt when a new rule set brings new data. */
    private volatile ReferenceCodes codes;

    public List<String> completeDiagnosis(String query) {
        return codes().map(c -> codesOf(c.diagnoses(query))).orElse(List.of());
    }

    public List<String> completeProcedure(String query) {
        return codes().map(c -> codesOf(c.procedures(query))).orElse(List.of());
    }

    public List<String> completeModifier(String query) {
        return codes().map(c -> codesOf(c.modifiers(query))).orElse(List.of());
    }

    public List<CodeText> getPlacesOfService() {
        return codes().map(ReferenceCodes::placesOfService).orElse(List.of());
    }

    /** "25 · Significant separately identifiable visit..." for a modifier token and suggestion; the code alone when unknown. */
    public String modifierLabel(String code) {
        return label(code, codes().map(c -> c.modifierText(code)).orElse(null));
    }

    /** The words for a code the clerk entered, shown under the input; empty when unknown. */
    public String diagnosisText(String code) {
        return codes().map(c -> c.diagnosisText(code)).orElse(null);
    }

    public String procedureText(String code) {
        return codes().map(c -> c.procedureText(code)).orElse(null);
    }

    private Optional<ReferenceCodes> codes() {
        if (!runtime.isRunning()) {
            return Optional.empty();
        }
        ReferenceData reference;
        try {
            reference = runtime.referenceData();
        } catch (IllegalStateException | EJBException noRules) {
            // A node without rules (notary, auditor) or not started: the container wraps the refusal.
            return Optional.empty();
        }
        ReferenceCodes known = codes;
        if (known == null || known.reference() != reference) {
            known = new ReferenceCodes(reference);
            codes = known;
        }
        return Optional.of(known);
    }

    private static List<String> codesOf(List<CodeText> codes) {
        return codes.stream().map(CodeText::getCode).collect(Collectors.toList());
    }

    private static String label(String code, String words) {
        return words == null ? code : code + " · " + words;
    }
}
