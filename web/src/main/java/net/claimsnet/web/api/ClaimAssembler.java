package net.claimsnet.web.api;

import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.InvalidDeskInputException;
import net.claimsnet.node.desk.LineDecisionInput;
import net.claimsnet.states.Adjudication;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.LineDecision;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Sex;
import net.claimsnet.web.api.ActionInputs.AdjustmentInput;
import net.claimsnet.web.api.ClaimViews.AdjudicationView;
import net.claimsnet.web.api.ClaimViews.AdjustmentView;
import net.claimsnet.web.api.ClaimViews.AppealView;
import net.claimsnet.web.api.ClaimViews.ClaimSummary;
import net.claimsnet.web.api.ClaimViews.ClaimView;
import net.claimsnet.web.api.ClaimViews.InformationRequestView;
import net.claimsnet.web.api.ClaimViews.LineAdjudicationView;
import net.claimsnet.web.api.ClaimViews.LineView;
import net.claimsnet.web.api.ClaimViews.PatientView;
import net.claimsnet.web.api.ClaimViews.SettlementView;
import net.claimsnet.web.api.limits.FieldLimits;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.Party;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Between the API's JSON records and the ledger's model. Input is checked field by field: a missing
 * or malformed field is an {@link InvalidDeskInputException} naming it (JSON path style, e.g.
 * {@code serviceLines[0].charge}); what the claim says is the scrub rules' to judge, not this class's.
 */
public final class ClaimAssembler {

    private static final String HEX_SHA256 = "[0-9a-fA-F]{64}";

    private ClaimAssembler() {
    }

    // ---- in -----------------------------------------------------------------------------------

    /** Public for the desk's claim form, which maps its inputs to a {@link ClaimFilingInput} and shares these checks. */
    public static ClaimDetails details(ClaimFilingInput input) {
        requireBody(input);
        String claimId = FieldLimits.identifier(required(input.claimId(), "claimId"), "claimId");
        ClaimFilingInput.PatientInput patient = input.patient();
        if (patient == null) {
            throw new InvalidDeskInputException("patient", "patient is required");
        }
        String memberId = FieldLimits.identifier(required(patient.memberId(), "patient.memberId"), "patient.memberId");
        List<ClaimFilingInput.LineInput> lines = input.serviceLines();
        if (lines == null || lines.isEmpty()) {
            throw new InvalidDeskInputException("serviceLines", "serviceLines must hold at least one line");
        }
        List<ServiceLine> serviceLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            serviceLines.add(line(lines.get(i), i));
        }
        return new ClaimDetails(claimId,
                enumOf(ClaimType.class, input.type(), "type", ClaimType.PROFESSIONAL),
                enumOf(ClaimUse.class, input.use(), "use", ClaimUse.CLAIM),
                new Patient(memberId, patient.firstName(), patient.lastName(),
                        date(patient.birthDate(), "patient.birthDate", false),
                        enumOf(Sex.class, patient.sex(), "patient.sex", null)),
                FieldLimits.identifier(input.subscriberId(), "subscriberId"),
                FieldLimits.identifier(input.billingProviderNpi(), "billingProviderNpi"),
                FieldLimits.identifier(input.payerId(), "payerId"),
                input.diagnosisCodes() == null ? List.of() : input.diagnosisCodes(),
                blankToNull(FieldLimits.identifier(input.priorAuthorizationNumber(), "priorAuthorizationNumber")),
                FrequencyCode.ORIGINAL, null,
                hashes(input.attachments(), "attachments"), serviceLines);
    }

    private static ServiceLine line(ClaimFilingInput.LineInput line, int index) {
        String at = "serviceLines[" + index + "]";
        if (line == null) {
            throw new InvalidDeskInputException(at, at + " is empty");
        }
        if (line.units() == null) {
            throw new InvalidDeskInputException(at + ".units", at + ".units is required");
        }
        if (line.charge() == null) {
            throw new InvalidDeskInputException(at + ".charge", at + ".charge is required");
        }
        return new ServiceLine(line.sequence() == null ? index + 1 : line.sequence(),
                FieldLimits.identifier(required(line.procedureCode(), at + ".procedureCode"), at + ".procedureCode"),
                line.modifiers(), line.units(), FieldLimits.amount(line.charge(), at + ".charge"),
                date(line.dateOfService(), at + ".dateOfService", true), line.placeOfService(),
                line.diagnosisPointers() == null ? List.of() : line.diagnosisPointers());
    }

    static List<LineDecisionInput> decisions(List<ActionInputs.LineAdjudicationInput> lines) {
        List<LineDecisionInput> decisions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ActionInputs.LineAdjudicationInput line = lines.get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                throw new InvalidDeskInputException(at, at + " is empty");
            }
            if (line.sequence() == null) {
                throw new InvalidDeskInputException(at + ".sequence", at + ".sequence is required");
            }
            LineDecision decision = enumOf(LineDecision.class, line.decision(), at + ".decision", null);
            if (decision == null) {
                throw new InvalidDeskInputException(at + ".decision", at + ".decision is required: one of "
                        + Arrays.toString(LineDecision.values()));
            }
            List<Adjustment> adjustments = new ArrayList<>();
            List<AdjustmentInput> given = line.adjustments() == null ? List.of() : line.adjustments();
            for (int j = 0; j < given.size(); j++) {
                AdjustmentInput adjustment = given.get(j);
                String field = at + ".adjustments[" + j + "]";
                if (adjustment == null) {
                    throw new InvalidDeskInputException(field, field + " is empty");
                }
                AdjustmentGroup group = enumOf(AdjustmentGroup.class, adjustment.group(), field + ".group", null);
                if (group == null) {
                    throw new InvalidDeskInputException(field + ".group", field + ".group is required: one of "
                            + Arrays.toString(AdjustmentGroup.values()));
                }
                if (adjustment.amount() == null) {
                    throw new InvalidDeskInputException(field + ".amount", field + ".amount is required");
                }
                adjustments.add(new Adjustment(group,
                        FieldLimits.identifier(required(adjustment.carc(), field + ".carc"), field + ".carc"),
                        blankToNull(FieldLimits.identifier(adjustment.rarc(), field + ".rarc")),
                        FieldLimits.amount(adjustment.amount(), field + ".amount")));
            }
            decisions.add(new LineDecisionInput(line.sequence(), decision, adjustments));
        }
        return decisions;
    }

    static List<SecureHash> hashes(List<String> hashes, String field) {
        if (hashes == null) {
            return List.of();
        }
        List<SecureHash> parsed = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) {
            String hash = hashes.get(i);
            if (hash == null || !hash.matches(HEX_SHA256)) {
                throw new InvalidDeskInputException(field + "[" + i + "]", field + "[" + i
                        + "] must be a document's SHA-256 in 64 hex digits");
            }
            parsed.add(SecureHash.create(hash.toUpperCase(Locale.ROOT)));
        }
        return parsed;
    }

    static LocalDate date(String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidDeskInputException(field, field + " is required (yyyy-MM-dd)");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidDeskInputException(field, field + " must be a date as yyyy-MM-dd; was " + value);
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field, E absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidDeskInputException(field, field + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + "; was " + value);
        }
    }

    static void requireBody(Object body) {
        if (body == null) {
            throw new InvalidDeskInputException("body", "A JSON request body is required");
        }
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidDeskInputException(field, field + " is required");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    // ---- out ----------------------------------------------------------------------------------

    static ClaimView view(ClaimState claim) {
        ClaimDetails details = claim.getClaim();
        Patient patient = details.getPatient();
        return new ClaimView(ClaimDesk.idOf(claim), details.getClaimId(), claim.getStatus().name(),
                name(claim.getProvider()), name(claim.getInsurer()),
                claim.getCoverageId() == null ? null : claim.getCoverageId().getId().toString(),
                nameOf(details.getType()), nameOf(details.getUse()), nameOf(details.getFrequencyCode()),
                details.getOriginalClaimId() == null ? null : details.getOriginalClaimId().getId().toString(),
                new PatientView(patient.getMemberId(), patient.getFirstName(), patient.getLastName(),
                        patient.getBirthDate(), nameOf(patient.getSex())),
                details.getSubscriberId(), details.getBillingProviderNpi(), details.getPayerId(),
                details.getDiagnosisCodes(), details.getPriorAuthorizationNumber(), hex(details.getAttachmentHashes()),
                map(details.getServiceLines(), l -> new LineView(l.getSequence(), l.getProcedureCode(), l.getModifiers(),
                        l.getUnits(), l.getCharge(), l.getDateOfService(), l.getPlaceOfService(), l.getDiagnosisPointers())),
                details.totalCharge(), adjudication(claim.getAdjudication()),
                claim.getSettlement() == null ? null : new SettlementView(claim.getSettlement().getAmount(),
                        claim.getSettlement().getPaymentDate(), claim.getSettlement().getEftTraceNumber()),
                map(claim.getInformationRequests(), r -> new InformationRequestView(r.getQuestion(), r.getRequestedItems(),
                        r.getAnswer(), hex(r.getAnswerAttachmentHashes()))),
                claim.getAppeal() == null ? null : new AppealView(claim.getAppeal().getReason(),
                        hex(claim.getAppeal().getSupportingAttachmentHashes())));
    }

    private static AdjudicationView adjudication(Adjudication adjudication) {
        if (adjudication == null) {
            return null;
        }
        return new AdjudicationView(nameOf(adjudication.getOutcome()), adjudication.getRound(), adjudication.getDecidedBy(),
                adjudication.getRuleSetVersion(), adjudication.totalPaid(), adjudication.totalPatientResponsibility(),
                map(adjudication.getLines(), l -> new LineAdjudicationView(l.getSequence(), nameOf(l.getDecision()),
                        l.getCharge(), l.getAllowed(), l.getPaid(), l.getPatientResponsibility(),
                        map(l.getAdjustments(), a -> new AdjustmentView(nameOf(a.getGroup()), a.getCarc(), a.getRarc(),
                                a.getAmount())),
                        l.getFiredRules())));
    }

    static ClaimSummary summary(ClaimState claim) {
        ClaimDetails details = claim.getClaim();
        Patient patient = details.getPatient();
        String patientName = patient.getFirstName() == null && patient.getLastName() == null ? null
                : (Objects.toString(patient.getFirstName(), "") + " " + Objects.toString(patient.getLastName(), "")).trim();
        LocalDate firstDate = ClaimDesk.firstDateOfService(claim);
        return new ClaimSummary(ClaimDesk.idOf(claim), details.getClaimId(), claim.getStatus().name(),
                patient.getMemberId(), patientName, name(claim.getProvider()), name(claim.getInsurer()), firstDate,
                details.totalCharge(), claim.getAdjudication() == null ? null : claim.getAdjudication().totalPaid());
    }

    static List<ApiError.Finding> findings(List<ScrubFinding> findings) {
        return map(findings, f -> new ApiError.Finding(f.severity().name(), f.field(), f.rule(), f.message()));
    }

    private static String name(Party party) {
        return party.getName().toString();
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static List<String> hex(List<SecureHash> hashes) {
        return map(hashes, SecureHash::toString);
    }

    private static <A, B> List<B> map(List<A> values, Function<A, B> mapping) {
        return values == null ? List.of() : values.stream().map(mapping).collect(Collectors.toList());
    }
}
