package net.claimsnet.web.desk.adjuster;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.contracts.ClaimLifecycle;
import net.claimsnet.node.desk.InvalidDeskInputException;
import net.claimsnet.node.desk.LineDecisionInput;
import net.claimsnet.states.Adjudication;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.LineDecision;
import net.claimsnet.web.desk.DeskCalls;
import net.claimsnet.web.desk.claims.ClaimLineRow;
import net.claimsnet.web.desk.claims.ClaimScreen;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The adjuster's actions on the shared claim page: let the rules decide, decide each line by hand,
 * request information, pend for review, release payment. Each is offered only when the claim's status
 * allows it; after a change the claim page reloads the claim.
 */
@Named
@ViewScoped
public class AdjusterActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DeskCalls desk;

    @Inject
    private ClaimScreen claimScreen;

    /** The claim version the decision form was made from: a new version makes a new form. */
    private String formMadeFor;
    private List<LineDecisionForm> lines = List.of();

    /** What the last "Let the rules decide" came to, for the panel that says so (null before). */
    private transient ClaimState ruleResult;

    private String question;
    private String requestedItems;
    private String pendCodes;
    private String pendNote;
    private String traceNumber;
    private LocalDate paymentDate;

    // ---- what the status allows -----------------------------------------------------------------

    private ClaimStatus status() {
        return claimScreen.getStatus();
    }

    public boolean isCanAdjudicate() {
        return ClaimLifecycle.ADJUDICATE.allowedIn(status());
    }

    public boolean isCanRequestInformation() {
        return ClaimLifecycle.REQUEST_INFORMATION.allowedIn(status());
    }

    public boolean isCanPend() {
        return ClaimLifecycle.PEND.allowedIn(status());
    }

    public boolean isCanSettle() {
        return ClaimLifecycle.SETTLE.allowedIn(status());
    }

    /** Whether any action applies to the claim as it stands. */
    public boolean isAnyAction() {
        return isCanAdjudicate() || isCanRequestInformation() || isCanPend() || isCanSettle();
    }

    // ---- the rules ------------------------------------------------------------------------------

    public void adjudicateByRules() {
        String id = claimScreen.getId();
        Optional<ClaimState> result = desk.attempt(() -> desk.claims().adjudicateByRules(desk.user().deskUser(), id));
        result.ifPresent(after -> {
            ruleResult = after;
            desk.info(after.getStatus() == ClaimStatus.PENDED
                    ? "The rules pended the claim for an adjuster's review"
                    : "The rules decided: " + after.getStatus(), "Each line shows what the rules decided and which rules fired.");
            changed();
        });
    }

    public ClaimState getRuleResult() {
        return ruleResult;
    }

    /** The lines of the claim's current decision with the rules that fired on each; empty before any decision. */
    public List<LineAdjudication> getDecidedLines() {
        ClaimState claim = claimScreen.getClaim();
        Adjudication adjudication = claim == null ? null : claim.getAdjudication();
        return adjudication == null ? List.of() : adjudication.getLines();
    }

    public String firedRules(LineAdjudication line) {
        return line == null || line.getFiredRules().isEmpty() ? "none recorded" : String.join("; ", line.getFiredRules());
    }

    // ---- the adjuster's decision ----------------------------------------------------------------

    /** The decision form, one row per service line, made afresh whenever the claim changed. */
    public List<LineDecisionForm> getLines() {
        ClaimState claim = claimScreen.getClaim();
        String version = claim == null ? null : claimScreen.getId() + "/" + claim.getStatus() + "/"
                + (claim.getAdjudication() == null ? 0 : claim.getAdjudication().getRound());
        if (version != null && !version.equals(formMadeFor)) {
            lines = formFor(claim);
            formMadeFor = version;
        }
        return lines;
    }

    static List<LineDecisionForm> formFor(ClaimState claim) {
        return ClaimLineRow.of(claim).stream()
                .map(row -> LineDecisionForm.of(row.getLine(), row.getAdjudication()))
                .collect(Collectors.toList());
    }

    /** Starts the form again from the claim as it stands. */
    public void resetDecision() {
        formMadeFor = null;
    }

    public void addAdjustment(LineDecisionForm line) {
        line.addAdjustment();
    }

    public void removeAdjustment(LineDecisionForm line, AdjustmentForm adjustment) {
        line.removeAdjustment(adjustment);
    }

    public void denyInFull(LineDecisionForm line) {
        line.denyInFull();
    }

    /**
     * Sends the decision on every line. A line the desk refuses gets the reason next to it (the desk
     * names the field, e.g. {@code lines[0].adjustments[1].amount}); other refusals are page messages.
     */
    public void decide() {
        List<LineDecisionForm> form = getLines();
        form.forEach(LineDecisionForm::clearError);
        List<LineDecisionInput> decisions = form.stream().map(LineDecisionForm::toInput).collect(Collectors.toList());
        String id = claimScreen.getId();
        Optional<ClaimState> decided = desk.attempt(() -> {
            try {
                return desk.claims().adjudicate(desk.user().deskUser(), id, decisions);
            } catch (InvalidDeskInputException e) {
                int index = DecisionFieldPaths.lineIndex(e.field());
                if (index < 0 || index >= form.size()) {
                    throw e;
                }
                LineDecisionForm line = form.get(index);
                String where = DecisionFieldPaths.where(e.field());
                line.refuse(e.getMessage() + (where.isEmpty() ? "" : " (" + where + ")"), e.field());
                desk.error("Line " + line.getSequence() + " needs a correction", e.getMessage());
                return null;
            }
        });
        decided.ifPresent(after -> {
            desk.info("Decided: " + after.getStatus(), "The claim records your decision on every line.");
            ruleResult = null;
            changed();
        });
    }

    public List<LineDecision> getDecisions() {
        return Arrays.asList(LineDecision.values());
    }

    public List<AdjustmentGroup> getGroups() {
        return Arrays.asList(AdjustmentGroup.values());
    }

    // ---- request information, pend --------------------------------------------------------------

    public void requestInformation() {
        String id = claimScreen.getId();
        List<String> items = linesOf(requestedItems);
        desk.attempt(() -> desk.claims().requestInformation(desk.user().deskUser(), id, question, items))
                .ifPresent(after -> {
                    desk.info("Information requested", "The provider is asked; the claim waits in INFO_REQUESTED.");
                    question = null;
                    requestedItems = null;
                    changed();
                });
    }

    public void pend() {
        String id = claimScreen.getId();
        List<String> codes = codesOf(pendCodes);
        desk.attempt(() -> desk.claims().pend(desk.user().deskUser(), id, codes, pendNote))
                .ifPresent(after -> {
                    desk.info("Pended for review", "Reason codes: " + String.join(", ", after.getPendReason().getCodes()));
                    pendCodes = null;
                    pendNote = null;
                    changed();
                });
    }

    static List<String> linesOf(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    static List<String> codesOf(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }

    // ---- payment --------------------------------------------------------------------------------

    public void settle() {
        String id = claimScreen.getId();
        String trace = traceNumber == null ? null : traceNumber.trim();
        LocalDate date = paymentDate == null ? LocalDate.now() : paymentDate;
        desk.attempt(() -> desk.claims().settle(desk.user().deskUser(), id, trace, date))
                .ifPresent(after -> {
                    desk.info("Payment released", "EFT trace number " + trace + ", paid on " + date + ".");
                    traceNumber = null;
                    changed();
                });
    }

    /** A new EFT trace number is proposed for each payment; the adjuster may type the bank's instead. */
    public String getTraceNumber() {
        if (traceNumber == null) {
            traceNumber = EftTraceNumbers.next(LocalDate.now());
        }
        return traceNumber;
    }

    public void setTraceNumber(String traceNumber) {
        this.traceNumber = traceNumber;
    }

    public LocalDate getPaymentDate() {
        if (paymentDate == null) {
            paymentDate = LocalDate.now();
        }
        return paymentDate;
    }

    public void setPaymentDate(LocalDate paymentDate) {
        this.paymentDate = paymentDate;
    }

    public BigDecimal getAmountToPay() {
        ClaimState claim = claimScreen.getClaim();
        return claim == null || claim.getAdjudication() == null ? null : claim.getAdjudication().totalPaid();
    }

    private void changed() {
        claimScreen.reload();
        formMadeFor = null;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getRequestedItems() {
        return requestedItems;
    }

    public void setRequestedItems(String requestedItems) {
        this.requestedItems = requestedItems;
    }

    public String getPendCodes() {
        return pendCodes;
    }

    public void setPendCodes(String pendCodes) {
        this.pendCodes = pendCodes;
    }

    public String getPendNote() {
        return pendNote;
    }

    public void setPendNote(String pendNote) {
        this.pendNote = pendNote;
    }
}
