package net.claimsnet.node.desk;

import net.claimsnet.states.ClaimStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a dashboard shows of the claims in a user's scope, as of one day.
 *
 * @param asOf                 the node's today
 * @param totalClaims          current claims in scope
 * @param byStatus             how many are in each status (every status, in lifecycle order, zeros included)
 * @param byServiceDay         claims by their first date of service, each of the last {@value #DAYS} days (oldest first)
 * @param paidByDay            what settlements paid on each of the last {@value #DAYS} days, by payment date
 * @param totalCharged         what the claims bill, without voided and replaced ones (a replacement bills again)
 * @param totalPaid            what the settlements of the claims paid
 * @param topReasons           the {@value #TOP_REASONS} commonest reasons (group-CARC) that denied or reduced lines
 * @param averageDaysToPayment mean days from filing (the first transaction's notarised time window, else when it
 *                             was recorded) to the payment date, over the latest payments; null when none
 * @param paymentsTimed        how many payments that mean is over (at most {@value #TIMED_PAYMENTS})
 */
public record ClaimStatistics(LocalDate asOf, long totalClaims, Map<ClaimStatus, Long> byStatus,
                              Map<LocalDate, Long> byServiceDay, Map<LocalDate, BigDecimal> paidByDay,
                              BigDecimal totalCharged, BigDecimal totalPaid, List<ReasonCount> topReasons,
                              Double averageDaysToPayment, int paymentsTimed) implements Serializable {

    /** How many days the by-day series cover, today included. */
    public static final int DAYS = 30;
    public static final int TOP_REASONS = 5;
    /** Timing a payment reads its claim's first transaction; the mean is over this many latest payments at most. */
    public static final int TIMED_PAYMENTS = 500;

    public ClaimStatistics {
        byStatus = Collections.unmodifiableMap(new LinkedHashMap<>(byStatus));
        byServiceDay = Collections.unmodifiableMap(new LinkedHashMap<>(byServiceDay));
        paidByDay = Collections.unmodifiableMap(new LinkedHashMap<>(paidByDay));
        topReasons = List.copyOf(topReasons);
    }

    /** A reason that denied or reduced lines, e.g. "CO-50", and on how many decided lines. */
    public record ReasonCount(String reason, long lines) implements Serializable {
    }
}
