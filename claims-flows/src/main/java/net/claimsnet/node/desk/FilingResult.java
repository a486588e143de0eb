package net.claimsnet.node.desk;

import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.states.ClaimState;

import java.util.List;
import java.util.Optional;

/**
 * A submission or replacement: the claim as filed on the ledger, or, when the scrub rules found
 * errors, nothing filed and the findings (warnings come back with a filed claim too). A submission
 * of a claim id filed before with the same details answers that claim, {@code alreadyFiled}.
 */
public record FilingResult(ClaimState filed, List<ScrubFinding> findings, boolean alreadyFiled) {

    public FilingResult {
        findings = List.copyOf(findings);
    }

    public FilingResult(ClaimState filed, List<ScrubFinding> findings) {
        this(filed, findings, false);
    }

    /** The claim filed earlier under the same claim id with the same details: nothing new was filed. */
    public static FilingResult alreadyFiled(ClaimState claim) {
        return new FilingResult(claim, List.of(), true);
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
