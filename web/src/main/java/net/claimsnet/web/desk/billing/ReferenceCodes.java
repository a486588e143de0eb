package net.claimsnet.web.desk.billing;

import net.claimsnet.rules.reference.DiagnosisCode;
import net.claimsnet.rules.reference.ProcedureCode;
import net.claimsnet.rules.reference.ReferenceData;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The codes of one rule set's reference data as the claim form picks them: diagnoses and procedures
 * matched by code or words, the modifiers and places of service in full.
 */
public final class ReferenceCodes {

    /** Suggestions shown at once: enough to choose from, few enough to read. */
    public static final int SUGGESTIONS = 20;

    private final ReferenceData reference;
    private final List<CodeText> modifiers;
    private final List<CodeText> placesOfService;

    public ReferenceCodes(ReferenceData reference) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.modifiers = listModifiers(reference);
        this.placesOfService = listPlacesOfService(reference);
    }

    ReferenceData reference() {
        return reference;
    }

    /** Diagnoses whose code starts with the query (dot or not) or whose words contain it; codes first. */
    public List<CodeText> diagnoses(String query) {
        return matching(reference.diagnoses(), query, DiagnosisCode::code, DiagnosisCode::description);
    }

    public List<CodeText> procedures(String query) {
        return matching(reference.procedures(), query, ProcedureCode::code, ProcedureCode::description);
    }

    /** Every modifier, in code order: a short list the form shows whole. */
    public List<CodeText> modifiers() {
        return modifiers;
    }

    public List<CodeText> placesOfService() {
        return placesOfService;
    }

    public String diagnosisText(String code) {
        DiagnosisCode diagnosis = code == null ? null : reference.diagnosis(code.trim().toUpperCase(Locale.ROOT));
        return diagnosis == null ? null : diagnosis.description();
    }

    public String procedureText(String code) {
        ProcedureCode procedure = code == null ? null : reference.procedure(code.trim().toUpperCase(Locale.ROOT));
        return procedure == null ? null : procedure.description();
    }

    private static <T> List<CodeText> matching(java.util.Collection<T> codes, String query, Function<T, String> code,
                                               Function<T, String> words) {
        String wanted = query == null ? "" : query.trim().toUpperCase(Locale.ROOT);
        String wantedCode = wanted.replace(".", "");
        return codes.stream()
                .filter(c -> wanted.isEmpty() || code.apply(c).replace(".", "").startsWith(wantedCode)
                        || String.valueOf(words.apply(c)).toUpperCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparing((T c) -> !code.apply(c).replace(".", "").startsWith(wantedCode))
                        .thenComparing(code))
                .limit(SUGGESTIONS)
                .map(c -> new CodeText(code.apply(c), words.apply(c)))
                .collect(Collectors.toList());
    }

    private static List<CodeText> listModifiers(ReferenceData reference) {
        return reference.modifiers().stream().map(m -> new CodeText(m.code(), m.description())).collect(Collectors.toList());
    }

    private static List<CodeText> listPlacesOfService(ReferenceData reference) {
        return reference.placesOfService().stream().map(p -> new CodeText(p.code(), p.description()))
                .collect(Collectors.toList());
    }
}
