package net.claimsnet.node.desk;

import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.LineDecision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts claims into {@link ClaimStatistics} in one pass: each claim is {@link #add added} once, and
 * the payments to time are kept (the latest ones) for the caller to time afterwards.
 */
final class ClaimStatisticsTally {

    private final LocalDate today;
    private final LocalDate firstDay;
    private long total;
    private final Map<ClaimStatus, Long> byStatus = new EnumMap<>(ClaimStatus.class);
    private final Map<LocalDate, Long> byServiceDay = new LinkedHashMap<>();
    private final Map<LocalDate, BigDecimal> paidByDay = new LinkedHashMap<>();
    private BigDecimal charged = BigDecimal.ZERO.setScale(2);
    private BigDecimal paid = BigDecimal.ZERO.setScale(2);
    private final Map<String, Long> reasons = new HashMap<>();
    private final List<ClaimState> settled = new java.util.ArrayList<>();

    ClaimStatisticsTally(LocalDate today) {
        this.today = today;
        this.firstDay = today.minusDays(ClaimStatistics.DAYS - 1L);
        for (ClaimStatus status : ClaimStatus.values()) {
            byStatus.put(status, 0L);
        }
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            byServiceDay.put(day, 0L);
            paidByDay.put(day, BigDecimal.ZERO.setScale(2));
        }
    }

    void add(ClaimState claim) {
        total++;
        byStatus.merge(claim.getStatus(), 1L, Long::sum);
        LocalDate served = ClaimDesk.firstDateOfService(claim);
        if (served != null && byServiceDay.containsKey(served)) {
            byServiceDay.merge(served, 1L, Long::sum);
        }
        if (claim.getStatus() != ClaimStatus.VOIDED && claim.getStatus() != ClaimStatus.REPLACED) {
            charged = charged.add(claim.getClaim().totalCharge());
        }
        if (claim.getSettlement() != null) {
            paid = paid.add(claim.getSettlement().getAmount());
            LocalDate paidOn = claim.getSettlement().getPaymentDate();
            if (paidOn != null && paidByDay.containsKey(paidOn)) {
                paidByDay.merge(paidOn, claim.getSettlement().getAmount(), BigDecimal::add);
            }
            if (paidOn != null) {
                settled.add(claim);
            }
        }
        if (claim.getAdjudication() != null) {
            for (LineAdjudication line : claim.getAdjudication().getLines()) {
                countReasons(line);
            }
        }
    }

    /** Each reason counts once per line it denied or reduced; cost sharing and the fee schedule are the contract, not a reason. */
    private void countReasons(LineAdjudication line) {
        if (line.getDecision() == LineDecision.APPROVED) {
            return;
        }
        Set<String> onLine = new LinkedHashSet<>();
        for (Adjustment adjustment : line.getAdjustments()) {
            if (!ContractAdjustments.isWriteOffOrPatientShare(adjustment)) {
                onLine.add(reasonOf(adjustment.getGroup(), adjustment.getCarc()));
            }
        }
        onLine.forEach(reason -> reasons.merge(reason, 1L, Long::sum));
    }

    private static String reasonOf(AdjustmentGroup group, String carc) {
        return (group == null ? "?" : group.name()) + "-" + (carc == null ? "?" : carc.trim());
    }

    /** The settled claims whose payments the mean covers: the latest {@value ClaimStatistics#TIMED_PAYMENTS}. */
    List<ClaimState> paymentsToTime() {
        return settled.stream()
                .sorted(Comparator.comparing((ClaimState c) -> c.getSettlement().getPaymentDate()).reversed())
                .limit(ClaimStatistics.TIMED_PAYMENTS)
                .collect(Collectors.toList());
    }

    /** @param daysToPayment the days each timed payment took (those whose filing time is unknown left out) */
    ClaimStatistics result(List<Long> daysToPayment) {
        List<ClaimStatistics.ReasonCount> top = reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(ClaimStatistics.TOP_REASONS)
                .map(e -> new ClaimStatistics.ReasonCount(e.getKey(), e.getValue()))
                .collect(Collectors.toList());
        Double average = daysToPayment.isEmpty() ? null
                : daysToPayment.stream().mapToLong(Long::longValue).average().orElse(0);
        return new ClaimStatistics(today, total, byStatus, byServiceDay, paidByDay, charged, paid, top, average,
                daysToPayment.size());
    }
}
