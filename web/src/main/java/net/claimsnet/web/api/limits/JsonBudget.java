package net.claimsnet.web.api.limits;

/**
 * How much JSON an endpoint takes. The figures are a few times the largest legitimate body: a claim has
 * at most 50 service lines in X12 837P and 12 diagnoses (a list of 1,000 is far above either), a batch
 * enrolment at most 1,000 members, and no field of any body needs more than a few thousand characters
 * (an answer to an information request is the longest).
 */
public enum JsonBudget {

    /** A claim action (decide, pay, appeal, answer, terminate...). */
    ACTION(new JsonLimits(64 * 1024, 8, 8 * 1024, 1_000)),
    /** A claim filed or replaced. */
    CLAIM(new JsonLimits(256 * 1024, 8, 8 * 1024, 1_000)),
    /** Many records in one body (batch enrolment). */
    BATCH(new JsonLimits(4 * 1024 * 1024, 8, 8 * 1024, 10_000));

    private final JsonLimits limits;

    JsonBudget(JsonLimits limits) {
        this.limits = limits;
    }

    public JsonLimits limits() {
        return limits;
    }
}
