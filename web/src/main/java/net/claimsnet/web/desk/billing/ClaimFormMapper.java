package net.claimsnet.web.desk.billing;

import net.claimsnet.node.desk.InvalidDeskInputException;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.web.api.ClaimAssembler;
import net.claimsnet.web.api.ClaimFilingInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Between the claim form and the desk's {@link ClaimDetails}. The form becomes the API's
 * {@link ClaimFilingInput}, so that the desk and the JSON API check a claim's input the same way
 * ({@link ClaimAssembler#details}); only what is the form's own (blank rows, pointers typed as
 * "1, 2", dates picked instead of typed) is handled here. A refusal names the form's input in the
 * clerk's words.
 */
public final class ClaimFormMapper {

    private ClaimFormMapper() {
    }

    /** The claim the form describes, or an {@link InvalidDeskInputException} naming the input to fix. */
    public static ClaimDetails details(ClaimForm form) {
        ClaimFilingInput input = input(form);
        try {
            return ClaimAssembler.details(input);
        } catch (InvalidDeskInputException e) {
            throw reworded(e);
        }
    }

    /** The form as the API's input: diagnoses without the blank rows, lines numbered from 1. */
    static ClaimFilingInput input(ClaimForm form) {
        List<ClaimFilingInput.LineInput> lines = new ArrayList<>();
        for (int i = 0; i < form.getLines().size(); i++) {
            ServiceLineForm line = form.getLines().get(i);
            lines.add(new ClaimFilingInput.LineInput(i + 1, upper(line.getProcedureCode()), modifiers(line),
                    line.getUnits(), line.getCharge(), iso(line.getDateOfService()), trimmed(line.getPlaceOfService()),
                    pointers(line.getDiagnosisPointers(), i)));
        }
        return new ClaimFilingInput(trimmed(form.getClaimId()), form.getType(), "CLAIM",
                new ClaimFilingInput.PatientInput(trimmed(form.getMemberId()), trimmed(form.getFirstName()),
                        trimmed(form.getLastName()), iso(form.getBirthDate()), form.getSex()),
                trimmed(form.getSubscriberId()), trimmed(form.getBillingProviderNpi()), trimmed(form.getPayerId()),
                diagnosisCodes(form), trimmed(form.getPriorAuthorizationNumber()), List.of(), lines, null,
                trimmed(form.getPlanId()));
    }

    /**
     * The form's row of each diagnosis the claim lists: blank rows are not sent, so the rules' diagnosis
     * {@code i} is the form's row {@code rows.get(i)}.
     */
    public static List<Integer> diagnosisRows(ClaimForm form) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < form.getDiagnoses().size(); i++) {
            if (trimmed(form.getDiagnoses().get(i).getCode()) != null) {
                rows.add(i);
            }
        }
        return rows;
    }

    /** A form filled from a filed claim, to correct it and file the correction as its replacement. */
    public static ClaimForm form(ClaimDetails claim) {
        ClaimForm form = new ClaimForm();
        Patient patient = claim.getPatient();
        form.setClaimId(claim.getClaimId());
        form.setType(claim.getType() == null ? null : claim.getType().name());
        form.setMemberId(patient.getMemberId());
        form.setFirstName(patient.getFirstName());
        form.setLastName(patient.getLastName());
        form.setBirthDate(patient.getBirthDate());
        form.setSex(patient.getSex() == null ? null : patient.getSex().name());
        form.setSubscriberId(claim.getSubscriberId());
        form.setBillingProviderNpi(claim.getBillingProviderNpi());
        form.setPayerId(claim.getPayerId());
        form.setPriorAuthorizationNumber(claim.getPriorAuthorizationNumber());
        claim.getDiagnosisCodes().forEach(code -> form.getDiagnoses().add(new ClaimForm.DiagnosisEntry(code)));
        if (form.getDiagnoses().isEmpty()) {
            form.addDiagnosis();
        }
        for (ServiceLine line : claim.getServiceLines()) {
            ServiceLineForm row = new ServiceLineForm();
            row.setProcedureCode(line.getProcedureCode());
            row.setModifiers(line.getModifiers());
            row.setUnits(line.getUnits());
            row.setCharge(line.getCharge());
            row.setDateOfService(line.getDateOfService());
            row.setPlaceOfService(line.getPlaceOfService());
            row.setDiagnosisPointers(line.getDiagnosisPointers().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
            form.getLines().add(row);
        }
        return form;
    }

    private static List<String> diagnosisCodes(ClaimForm form) {
        return diagnosisRows(form).stream().map(row -> upper(form.getDiagnoses().get(row).getCode()))
                .collect(Collectors.toList());
    }

    private static List<String> modifiers(ServiceLineForm line) {
        return line.getModifiers().stream().map(ClaimFormMapper::upper).filter(m -> m != null)
                .collect(Collectors.toList());
    }

    /** "1, 2" or "1 2" as pointers; anything else is refused with what to type. */
    static List<Integer> pointers(String typed, int lineIndex) {
        List<Integer> pointers = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return pointers;
        }
        for (String part : typed.trim().split("[,;\\s]+")) {
            try {
                pointers.add(Integer.valueOf(part));
            } catch (NumberFormatException e) {
                throw new InvalidDeskInputException("serviceLines[" + lineIndex + "].diagnosisPointers",
                        "Line " + (lineIndex + 1) + ": diagnosis pointers are the numbers of the diagnoses above, "
                                + "separated by commas (e.g. 1, 2); '" + part + "' is not one.");
            }
        }
        return pointers;
    }

    /** The assembler's JSON-path message ("serviceLines[0].units is required") in the form's words. */
    private static InvalidDeskInputException reworded(InvalidDeskInputException e) {
        if (e.field() == null) {
            return e;
        }
        return FormField.of(e.field())
                .map(field -> new InvalidDeskInputException(e.field(), e.getMessage()
                        .replace(e.field(), field.label())
                        .replace(" (yyyy-MM-dd)", "")))
                .orElse(e);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String upper(String value) {
        String trimmed = trimmed(value);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }
}
