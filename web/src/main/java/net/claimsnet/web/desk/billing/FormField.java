package net.claimsnet.web.desk.billing;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where on the claim form a finding belongs: a header input ({@code line} is -1) or an input of one
 * service line. The scrub rules and the desk name places in two dialects ({@code patientBirthDate} from
 * the rules, {@code patient.birthDate} from the JSON assembler); both land on the same input.
 *
 * @param line  the service line's index (0-based), -1 for the claim's header
 * @param input the input's name on the form, e.g. {@code birthDate}, {@code procedureCode}
 * @param item  the index inside a list input (the diagnosis number - 1), -1 when none
 */
public record FormField(int line, String input, int item) {

    private static final Pattern LINE_PATH = Pattern.compile("serviceLines\\[(\\d+)]\\.(\\w+)(?:\\[\\d+])?");
    private static final Pattern DIAGNOSIS_PATH = Pattern.compile("diagnosisCodes\\[(\\d+)]");

    /** Header paths, in either dialect, to the form input showing them. */
    private static final Map<String, String> HEADER_INPUTS = Map.ofEntries(
            Map.entry("claimId", "claimId"),
            Map.entry("type", "type"),
            Map.entry("memberId", "memberId"),
            Map.entry("patient.memberId", "memberId"),
            Map.entry("patientMemberId", "memberId"),
            Map.entry("planId", "planId"),
            Map.entry("patient.firstName", "firstName"),
            Map.entry("patientFirstName", "firstName"),
            Map.entry("patient.lastName", "lastName"),
            Map.entry("patientLastName", "lastName"),
            Map.entry("patient.birthDate", "birthDate"),
            Map.entry("patientBirthDate", "birthDate"),
            Map.entry("patient.sex", "sex"),
            Map.entry("patientSex", "sex"),
            Map.entry("subscriberId", "subscriberId"),
            Map.entry("billingProviderNpi", "billingProviderNpi"),
            Map.entry("payerId", "payerId"),
            Map.entry("diagnosisCodes", "diagnosisCodes"),
            Map.entry("priorAuthorizationNumber", "priorAuthorizationNumber"));

    /** The inputs of a service line on the form. */
    private static final Map<String, String> LINE_LABELS = Map.of(
            "procedureCode", "procedure code",
            "modifiers", "modifiers",
            "units", "units",
            "charge", "charge",
            "dateOfService", "date of service",
            "placeOfService", "place of service",
            "diagnosisPointers", "diagnosis pointers");

    private static final Map<String, String> HEADER_LABELS = Map.ofEntries(
            Map.entry("claimId", "Claim id"),
            Map.entry("type", "Claim type"),
            Map.entry("memberId", "Member id"),
            Map.entry("planId", "Plan on the card"),
            Map.entry("firstName", "Patient's first name"),
            Map.entry("lastName", "Patient's last name"),
            Map.entry("birthDate", "Birth date"),
            Map.entry("sex", "Sex"),
            Map.entry("subscriberId", "Subscriber id"),
            Map.entry("billingProviderNpi", "Billing provider NPI"),
            Map.entry("payerId", "Payer id"),
            Map.entry("diagnosisCodes", "Diagnoses"),
            Map.entry("priorAuthorizationNumber", "Prior authorization number"));

    public FormField {
        Objects.requireNonNull(input, "input");
    }

    /** The input a path names, or empty when no input shows it (the findings list does). */
    public static Optional<FormField> of(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        String trimmed = path.trim();
        Matcher line = LINE_PATH.matcher(trimmed);
        if (line.matches()) {
            return LINE_LABELS.containsKey(line.group(2))
                    ? Optional.of(new FormField(Integer.parseInt(line.group(1)), line.group(2), -1))
                    : Optional.empty();
        }
        Matcher diagnosis = DIAGNOSIS_PATH.matcher(trimmed);
        if (diagnosis.matches()) {
            return Optional.of(new FormField(-1, "diagnosisCodes", Integer.parseInt(diagnosis.group(1))));
        }
        return Optional.ofNullable(HEADER_INPUTS.get(trimmed)).map(input -> new FormField(-1, input, -1));
    }

    public boolean onLine() {
        return line >= 0;
    }

    /** The input in the clerk's words: "Birth date", "Line 2: units", "Diagnosis 3". */
    public String label() {
        if (onLine()) {
            return "Line " + (line + 1) + ": " + LINE_LABELS.get(input);
        }
        if (item >= 0) {
            return "Diagnosis " + (item + 1);
        }
        return HEADER_LABELS.getOrDefault(input, input);
    }
}
