package net.claimsnet.bench.desk;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The desk pages the benchmark reads, each by the role whose work it is. */
enum DeskPage {

    /** Billing staff's list of their node's claims. */
    CLAIMS_LIST("claims-list", "billing", "/billing/claims.xhtml"),
    /** The shared claim page, for one of the node's claims (billing staff). */
    CLAIM("claim-page", "billing", "/claims/claim.xhtml?id="),
    /** The adjuster's work queue of claims waiting for a decision. */
    WORK_QUEUE("work-queue", "adjuster", "/adjuster/queue.xhtml");

    /** The name in the benchmark's output ("desk-claims-list-ms ..."). */
    final String label;
    /** The demo user's role prefix: billing@stmary, adjuster@acme. */
    final String userPrefix;
    private final String path;

    DeskPage(String label, String userPrefix, String path) {
        this.label = label;
        this.userPrefix = userPrefix;
        this.path = path;
    }

    /** The page's path; a claim page for one of {@code claimIds}, picked at random. */
    String path(List<String> claimIds) {
        if (this != CLAIM) {
            return path;
        }
        return path + claimIds.get(ThreadLocalRandom.current().nextInt(claimIds.size()));
    }

    /** The page without a particular claim, for messages. */
    String describe() {
        return this == CLAIM ? path + "<id>" : path;
    }
}
