package net.claimsnet.node.desk;

import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.states.ClaimState;

import java.util.List;
import java.util.Optional;

/**
 * A submission or replacement: the claim as filed on the ledger, or, when the scrub rules found
 * errors, nothing filed and the findings (warnings come back with a filed claim too).
 */
public record FilingResult(ClaimState filed, List<ScrubFinding> findings) {

    public FilingResult {
        findings = List.copyOf(findings);
    }

    public static FilingResult filed(ClaimState claim, List<ScrubFinding> warnings) {
        return new FilingResult(claim, warnings);
    }

    public static FilingResult rejected(List<ScrubFinding> findings) {
        return new FilingResult(null, findings);
    }

    public boolean isFiled() {
        return filed != null;
    }

    public Optional<ClaimState> claim() {
        return Optional.ofNullable(filed);
    }
}
