package net.claimsnet.web.desk.billing;

import net.claimsnet.flows.rules.ScrubFinding;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings of a check or submission placed on the form: each next to the input it names (header
 * input, diagnosis row, or an input of a service line), the rest in one list with rule and message.
 */
public final class FormFindings implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, List<ShownFinding>> byInput = new HashMap<>();
    private final List<ShownFinding> unplaced = new ArrayList<>();
    private final List<ShownFinding> all = new ArrayList<>();

    private FormFindings() {
    }

    public static FormFindings none() {
        return new FormFindings();
    }

    /**
     * Places each finding.
     *
     * @param lineCount     how many service lines the form has (a path to a line it no longer has goes in the list)
     * @param diagnosisRows the form's row of each diagnosis the claim listed ({@link ClaimFormMapper#diagnosisRows})
     */
    public static FormFindings place(List<ScrubFinding> findings, int lineCount, List<Integer> diagnosisRows) {
        FormFindings placed = new FormFindings();
        for (ScrubFinding finding : findings) {
            ShownFinding shown = ShownFinding.of(finding);
            placed.all.add(shown);
            Optional<String> key = FormField.of(finding.field()).flatMap(f -> keyOf(f, lineCount, diagnosisRows));
            if (key.isPresent()) {
                placed.byInput.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(shown);
            } else {
                placed.unplaced.add(shown);
            }
        }
        return placed;
    }

    private static Optional<String> keyOf(FormField field, int lineCount, List<Integer> diagnosisRows) {
        if (field.onLine()) {
            return field.line() < lineCount ? Optional.of(lineKey(field.line(), field.input())) : Optional.empty();
        }
        if (field.item() >= 0) {
            return field.item() < diagnosisRows.size()
                    ? Optional.of(diagnosisKey(diagnosisRows.get(field.item()))) : Optional.empty();
        }
        return Optional.of(field.input());
    }

    private static String lineKey(int line, String input) {
        return "line" + line + "." + input;
    }

    private static String diagnosisKey(int row) {
        return "diagnosis" + row;
    }

    /** The findings on a header input, e.g. {@code at('birthDate')}; {@code at('diagnosisCodes')} for the list as a whole. */
    public List<ShownFinding> at(String input) {
        return byInput.getOrDefault(input, List.of());
    }

    /** The findings on the diagnosis in the form's row {@code row} (0-based). */
    public List<ShownFinding> atDiagnosis(int row) {
        return byInput.getOrDefault(diagnosisKey(row), List.of());
    }

    /** The findings on an input of the service line in the form's row {@code line} (0-based). */
    public List<ShownFinding> atLine(int line, String input) {
        return byInput.getOrDefault(lineKey(line, input), List.of());
    }

    /** Findings no input shows: the findings list. */
    public List<ShownFinding> getUnplaced() {
        return unplaced;
    }

    public List<ShownFinding> getAll() {
        return all;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public long getErrorCount() {
        return all.stream().filter(ShownFinding::isError).count();
    }

    public long getWarningCount() {
        return all.size() - getErrorCount();
    }
}
