package net.claimsnet.web.desk.adjuster;

import net.claimsnet.node.desk.ClaimDeskException;
import net.claimsnet.node.desk.FlowStillRunningException;
import net.claimsnet.web.api.NodeUnavailableException;
import net.claimsnet.web.desk.jobs.BatchJob;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Pays one claim of a batch: settles it with its own trace number, and says what came of it in the
 * words the result table shows (paid and how much, or why not).
 */
final class PaymentWork implements BatchJob.ItemWork<PaymentItem> {

    /** The desk's settlement of one claim; answers the amount paid. */
    @FunctionalInterface
    interface Settle {
        BigDecimal settle(String ledgerId, String traceNumber, LocalDate paymentDate);
    }

    private final Settle settle;
    private final LocalDate paymentDate;

    PaymentWork(Settle settle, LocalDate paymentDate) {
        this.settle = Objects.requireNonNull(settle, "settle");
        this.paymentDate = Objects.requireNonNull(paymentDate, "paymentDate");
    }

    @Override
    public BatchJob.Outcome apply(PaymentItem item) {
        try {
            BigDecimal paid = settle.settle(item.ledgerId(), item.traceNumber(), paymentDate);
            return BatchJob.Outcome.done("Paid " + (paid == null ? "" : paid.toPlainString() + " ") + "on " + paymentDate
                    + ", EFT trace " + item.traceNumber());
        } catch (FlowStillRunningException e) {
            return BatchJob.Outcome.refused("Not confirmed yet: the network has not answered (EFT trace "
                    + item.traceNumber() + "); open the claim in a moment to see whether it is paid");
        } catch (ClaimDeskException e) {
            return BatchJob.Outcome.refused(e.getMessage());
        } catch (NodeUnavailableException e) {
            return BatchJob.Outcome.refused("The node cannot act now: " + e.getMessage());
        }
    }
}
