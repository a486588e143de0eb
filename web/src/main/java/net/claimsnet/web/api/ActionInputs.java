package net.claimsnet.web.api;

import java.math.BigDecimal;
import java.util.List;

/** The bodies of the claim actions. Documents are named by their SHA-256 (64 hex digits). */
public final class ActionInputs {

    private ActionInputs() {
    }

    public record InformationRequestInput(String question, List<String> requestedItems) {
    }

    public record InformationInput(String answer, List<String> documents) {
    }

    /**
     * An adjudication: no lines (or an empty body) lets the insurer's rules decide; otherwise one
     * decision per service line.
     */
    public record AdjudicationInput(List<LineAdjudicationInput> lines) {
    }

    /** APPROVED, REDUCED or DENIED, with the adjustments that explain every amount not paid. */
    public record LineAdjudicationInput(Integer sequence, String decision, List<AdjustmentInput> adjustments) {
    }

    /** Group CO, PR, OA or PI; CARC e.g. "45"; RARC optional, e.g. "N115". */
    public record AdjustmentInput(String group, String carc, String rarc, BigDecimal amount) {
    }

    /** The EFT trace number; the payment date defaults to today. */
    public record SettlementInput(String paymentReference, String paymentDate) {
    }

    public record AppealInput(String reason, List<String> documents) {
    }
}
