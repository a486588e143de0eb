package net.claimsnet.web.desk.adjuster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.web.desk.jobs.BatchJob;
import net.claimsnet.web.desk.jobs.BatchJobs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Starts batch payments in the background ({@link BatchJobs#start}), so that the adjuster's page shows
 * progress instead of waiting for every ledger flow. Each claim is settled through the same
 * {@link ClaimDesk#settle} as a single payment, as the user who asked (captured on the request thread,
 * which the background thread does not have).
 */
@ApplicationScoped
public class PaymentBatches {

    /** The kind of the payment batches in {@link BatchJobs}. */
    static final String KIND = "payment";

    @Inject
    private BatchJobs jobs;

    /** Starts paying the claims; the job is registered (and so viewable) before its first payment. */
    public BatchJob<PaymentItem> start(DeskUser user, ClaimDesk claims, List<PaymentItem> items, LocalDate paymentDate) {
        BatchJob<PaymentItem> job = new BatchJob<>(KIND, user.name(), "Payment of " + items.size() + " claim"
                + (items.size() == 1 ? "" : "s"), items, PaymentItem::ledgerId, PaymentItem::claimId, Clock.systemUTC());
        PaymentWork work = new PaymentWork((id, trace, date) -> claims.settle(user, id, trace, date).getSettlement().getAmount(),
                paymentDate);
        return jobs.start(job, work);
    }
}
