package net.claimsnet.web.desk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.web.desk.DeskReferenceData;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The code pickers of the claim form ({@code #{claimCodes...}}), over the reference data of the rule set
 * in force. A node that is not running offers no suggestions: the clerk can still type
 * codes, and the scrub rules judge them.
 */
@Named
@ApplicationScoped
public class ClaimCodes {

    @Inject
    private DeskReferenceData reference;

    /** The codes of the reference data last seen; rebuilt when a new rule set brings new data. */
    private volatile ReferenceCodes codes;

    public List<String> completeDiagnosis(String query) {
        return codes().map(c -> codesOf(c.diagnoses(query))).orElse(List.of());
    }

    public List<String> completeProcedure(String query) {
        return codes().map(c -> codesOf(c.procedures(query))).orElse(List.of());
    }

    /** Every modifier of the reference data, for the form's list (code and words). */
    public List<CodeText> getModifiers() {
        return codes().map(ReferenceCodes::modifiers).orElse(List.of());
    }

    public List<CodeText> getPlacesOfService() {
        return codes().map(ReferenceCodes::placesOfService).orElse(List.of());
    }

    /** The words for a code the clerk entered, shown under the input; empty when unknown. */
    public String diagnosisText(String code) {
        return codes().map(c -> c.diagnosisText(code)).orElse(null);
    }

    public String procedureText(String code) {
        return codes().map(c -> c.procedureText(code)).orElse(null);
    }

    private Optional<ReferenceCodes> codes() {
        return reference.current().map(data -> {
            ReferenceCodes known = codes;
            if (known == null || known.reference() != data) {
                known = new ReferenceCodes(data);
                codes = known;
            }
            return known;
        });
    }

    private static List<String> codesOf(List<CodeText> codes) {
        return codes.stream().map(CodeText::getCode).collect(Collectors.toList());
    }
}
