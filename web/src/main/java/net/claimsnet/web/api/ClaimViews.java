package net.claimsnet.web.api;

import net.claimsnet.node.desk.ClaimTransaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the API answers about claims (JSON-B records). Claims carry PHI: every answer with one is audited. */
public final class ClaimViews {

    private ClaimViews() {
    }

    /** A claim in full. {@code id} is the ledger id the API's paths use; {@code claimId} the provider's own. */
    public record ClaimView(String id, String claimId, String status, String provider, String insurer,
                            String coverageId, String type, String use, String frequencyCode, String originalClaimId,
                            PatientView patient, String subscriberId, String billingProviderNpi, String payerId,
                            List<String> diagnosisCodes, String priorAuthorizationNumber, List<String> attachments,
                            List<LineView> serviceLines, BigDecimal totalCharge, AdjudicationView adjudication,
                            SettlementView settlement, List<InformationRequestView> informationRequests,
                            AppealView appeal) {
    }

    public record PatientView(String memberId, String firstName, String lastName, LocalDate birthDate, String sex) {
    }

    public record LineView(int sequence, String procedureCode, List<String> modifiers, int units, BigDecimal charge,
                           LocalDate dateOfService, String placeOfService, List<Integer> diagnosisPointers) {
    }

    public record AdjudicationView(String outcome, int round, String decidedBy, String ruleSetVersion,
                                   BigDecimal totalPaid, BigDecimal totalPatientResponsibility,
                                   List<LineAdjudicationView> lines) {
    }

    public record LineAdjudicationView(int sequence, String decision, BigDecimal charge, BigDecimal allowed,
                                       BigDecimal paid, BigDecimal patientResponsibility,
                                       List<AdjustmentView> adjustments, List<String> firedRules) {
    }

    public record AdjustmentView(String group, String carc, String rarc, BigDecimal amount) {
    }

    public record SettlementView(BigDecimal amount, LocalDate paymentDate, String eftTraceNumber) {
    }

    public record InformationRequestView(String question, List<String> requestedItems, String answer,
                                         List<String> documents) {
    }

    public record AppealView(String reason, List<String> documents) {
    }

    /** A line of a work list. */
    public record ClaimSummary(String id, String claimId, String status, String memberId, String patientName,
                               String provider, String insurer, LocalDate firstDateOfService,
                               BigDecimal totalCharge, BigDecimal totalPaid) {
    }

    public record ClaimPageView(List<ClaimSummary> claims, int page, int size, long total) {
    }

    /** A claim filed (submitted or as a replacement), with the scrub rules' warnings; alreadyFiled when the same filing came before. */
    public record FilingView(ClaimView claim, List<ApiError.Finding> warnings, boolean alreadyFiled) {
    }

    /** A claim's history, oldest transaction first. */
    public record HistoryView(String id, List<ClaimTransaction> transactions) {
    }
}
