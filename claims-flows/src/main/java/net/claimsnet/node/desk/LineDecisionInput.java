package net.claimsnet.node.desk;

import net.claimsnet.states.Adjustment;
import net.claimsnet.states.LineDecision;

import java.util.List;

/**
 * An adjuster's decision on one service line: approve, reduce or deny, with the adjustments that
 * explain every amount not paid (group code, CARC, optional RARC, amount). The desk derives the paid
 * amount (charge less adjustments), the patient responsibility (PR adjustments) and the allowed
 * amount (paid plus patient responsibility), so the line's arithmetic holds by construction.
 */
public record LineDecisionInput(int sequence, LineDecision decision, List<Adjustment> adjustments) {

    public LineDecisionInput {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }
}
