package net.claimsnet.web.desk.adjuster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.web.desk.jobs.BatchJob;
import net.claimsnet.web.desk.jobs.BatchJobs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs batch payments in the background, on the server's managed executor, so that the adjuster's page
 * shows progress instead of waiting for every ledger flow. Each claim is settled through the same
 * {@link ClaimDesk#settle} as a single payment, as the user who asked (captured on the request thread,
 * which the background thread does not have).
 */
@ApplicationScoped
public class PaymentBatches {

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private BatchJobs jobs;

    /** Starts paying the claims; the job is registered (and so viewable) before its first payment. */
    public BatchJob<PaymentItem> start(DeskUser user, ClaimDesk claims, List<PaymentItem> items, LocalDate paymentDate) {
        BatchJob<PaymentItem> job = new BatchJob<>(user.name(), "Payment of " + items.size() + " claim"
                + (items.size() == 1 ? "" : "s"), items, PaymentItem::ledgerId, PaymentItem::claimId, Clock.systemUTC());
        jobs.register(job);
        PaymentWork work = new PaymentWork((id, trace, date) -> claims.settle(user, id, trace, date).getSettlement().getAmount(),
                paymentDate);
        executor.submit(() -> job.run(work));
        return job;
    }
}
