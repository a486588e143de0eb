package net.claimsnet.rules.benefits;

import net.claimsnet.rules.model.BenefitAccumulators;
import net.claimsnet.rules.model.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the member's cost sharing to priced lines in claim order, so that the first line meets the
 * deductible first. Per line: deductible, then copay, then coinsurance on the rest; the three together
 * never exceed what is left of the out-of-pocket maximum (coinsurance gives way first, then copay,
 * then deductible); the plan's payment never exceeds what is left of the category's benefit maximum.
 * A copay is owed once per visit (one category on one date), however many lines bill the visit.
 */
public final class CostSharingCalculator {

    private final BigDecimal deductible;
    private final BigDecimal outOfPocketMax;

    /**
     * @param deductible      the plan's yearly deductible
     * @param outOfPocketMax  the plan's yearly out-of-pocket maximum
     */
    public CostSharingCalculator(BigDecimal deductible, BigDecimal outOfPocketMax) {
        this.deductible = Money.cents(deductible);
        this.outOfPocketMax = Money.cents(outOfPocketMax);
    }

    public CostSharingResult apply(BenefitAccumulators before, List<CostShareLine> lines) {
        BigDecimal deductibleMet = before.deductibleMet();
        BigDecimal outOfPocketMet = before.outOfPocketMet();
        Map<String, BigDecimal> benefitPaid = new HashMap<>(before.benefitPaid());
        Map<String, Integer> visitsUsed = new HashMap<>(before.visitsUsed());
        Set<String> visitsCounted = new HashSet<>();
        Map<String, BigDecimal> copayLeftPerVisit = new HashMap<>();
        List<CostShare> shares = new ArrayList<>(lines.size());

        for (CostShareLine line : lines) {
            BigDecimal allowed = Money.cents(line.allowed());
            CostShareTerms terms = line.terms();

            BigDecimal deductiblePart = terms.deductibleApplies()
                    ? Money.min(allowed, remaining(deductible, deductibleMet)) : Money.ZERO;
            String visit = line.category() + '|' + line.dateOfService();
            BigDecimal copayLeft = copayLeftPerVisit.getOrDefault(visit, terms.copay());
            BigDecimal copayPart = Money.min(copayLeft, allowed.subtract(deductiblePart));
            BigDecimal coinsurancePart = Money.percentOf(allowed.subtract(deductiblePart).subtract(copayPart),
                    terms.coinsurancePct());

            // The out-of-pocket maximum caps the member's share; what it removes, the plan pays.
            BigDecimal excess = deductiblePart.add(copayPart).add(coinsurancePart)
                    .subtract(remaining(outOfPocketMax, outOfPocketMet));
            if (excess.signum() > 0) {
                BigDecimal cut = Money.min(excess, coinsurancePart);
                coinsurancePart = coinsurancePart.subtract(cut);
                excess = excess.subtract(cut);
                cut = Money.min(excess, copayPart);
                copayPart = copayPart.subtract(cut);
                excess = excess.subtract(cut);
                deductiblePart = deductiblePart.subtract(Money.min(excess, deductiblePart));
            }
            copayLeftPerVisit.put(visit, copayLeft.subtract(copayPart));
            BigDecimal memberShare = deductiblePart.add(copayPart).add(coinsurancePart);
            BigDecimal planShare = allowed.subtract(memberShare);

            BigDecimal overMaximum = Money.ZERO;
            if (line.annualMaximum() != null) {
                BigDecimal left = remaining(line.annualMaximum(), benefitPaid.getOrDefault(line.category(), Money.ZERO));
                overMaximum = Money.max(Money.ZERO, planShare.subtract(left));
                planShare = planShare.subtract(overMaximum);
                benefitPaid.merge(line.category(), planShare, BigDecimal::add);
            }

            deductibleMet = deductibleMet.add(deductiblePart);
            outOfPocketMet = outOfPocketMet.add(memberShare);
            if (planShare.signum() > 0 || overMaximum.signum() == 0) {
                if (visitsCounted.add(visit)) {
                    visitsUsed.merge(line.category(), 1, Integer::sum);
                }
            }
            shares.add(new CostShare(deductiblePart, copayPart, coinsurancePart, overMaximum, planShare));
        }
        return new CostSharingResult(shares, new BenefitAccumulators(before.planYear(), deductibleMet,
                outOfPocketMet, visitsUsed, benefitPaid));
    }

    private static BigDecimal remaining(BigDecimal limit, BigDecimal used) {
        return Money.max(Money.ZERO, limit.subtract(used));
    }
}
