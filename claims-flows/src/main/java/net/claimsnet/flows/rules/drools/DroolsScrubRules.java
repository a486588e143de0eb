package net.claimsnet.flows.rules.drools;

import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.flows.rules.ScrubRulesPort;
import net.claimsnet.rules.ClaimScrubber;
import net.claimsnet.rules.model.Finding;
import net.claimsnet.rules.model.ScrubRequest;
import net.claimsnet.rules.model.ScrubResult;
import net.claimsnet.states.ClaimDetails;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@link ScrubRulesPort} on the Drools scrubber ({@code config/rules/scrub}). The ledger's claim
 * details carry no plan id and no network status, which the rules check: the provider supplies
 * them (from the patient's card and its own contracts) through {@code planIdOf} and
 * {@code inNetwork}. A claim whose plan is unknown gets the rules' own "planId" finding.
 */
public final class DroolsScrubRules implements ScrubRulesPort {

    private final ClaimScrubber scrubber;
    private final Function<ClaimDetails, String> planIdOf;
    private final Predicate<String> inNetwork;

    /**
     * @param planIdOf  the plan id for the claim (null when unknown)
     * @param inNetwork whether the billing provider (NPI) is in the payer's network
     */
    public DroolsScrubRules(ClaimScrubber scrubber, Function<ClaimDetails, String> planIdOf, Predicate<String> inNetwork) {
        this.scrubber = Objects.requireNonNull(scrubber, "scrubber");
        this.planIdOf = Objects.requireNonNull(planIdOf, "planIdOf");
        this.inNetwork = Objects.requireNonNull(inNetwork, "inNetwork");
    }

    /** Every billing provider in network. */
    public DroolsScrubRules(ClaimScrubber scrubber, Function<ClaimDetails, String> planIdOf) {
        this(scrubber, planIdOf, npi -> true);
    }

    @Override
    public List<ScrubFinding> scrub(ClaimDetails claim, LocalDate today) {
        ScrubResult result = scrubber.scrub(new ScrubRequest(
                RuleInputs.claim(claim, planIdOf.apply(claim), inNetwork.test(claim.getBillingProviderNpi())), today));
        List<ScrubFinding> findings = new ArrayList<>(result.findings().size());
        for (Finding finding : result.findings()) {
            findings.add(new ScrubFinding(finding.rule(), finding.fieldPath(), finding.message(), finding.severity()));
        }
        return findings;
    }
}
