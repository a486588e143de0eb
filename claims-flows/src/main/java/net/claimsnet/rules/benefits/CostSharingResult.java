package net.claimsnet.rules.benefits;

import net.claimsnet.rules.model.BenefitAccumulators;

import java.util.List;

/** Per-line cost shares (in the order given) and the accumulators after them. */
public record CostSharingResult(List<CostShare> lines, BenefitAccumulators accumulatorsAfter) {

    public CostSharingResult {
        lines = List.copyOf(lines);
    }
}
