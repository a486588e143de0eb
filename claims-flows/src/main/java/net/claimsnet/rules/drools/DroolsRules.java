package net.claimsnet.rules.drools;

import net.claimsnet.rules.ClaimAdjudicator;
import net.claimsnet.rules.ClaimHistory;
import net.claimsnet.rules.ClaimScrubber;
import net.claimsnet.rules.RulesSettings;

/**
 * Starts both rule sets from the config folder and hands out the scrubber and the adjudicator.
 * Close it to stop watching the files.
 */
public final class DroolsRules implements AutoCloseable {

    private final RuleSetRegistry scrubRules;
    private final RuleSetRegistry adjudicationRules;
    private final DroolsClaimScrubber scrubber;
    private final DroolsClaimAdjudicator adjudicator;

    private DroolsRules(RuleSetRegistry scrubRules, RuleSetRegistry adjudicationRules, ClaimHistory history) {
        this.scrubRules = scrubRules;
        this.adjudicationRules = adjudicationRules;
        this.scrubber = new DroolsClaimScrubber(scrubRules);
        this.adjudicator = new DroolsClaimAdjudicator(adjudicationRules, history);
    }

    /**
     * @throws net.claimsnet.rules.RuleSetRejectedException when either rule set does not compile
     */
    public static DroolsRules start(RulesSettings settings, ClaimHistory history) {
        RuleSetRegistry adjudicate = RuleSetRegistry.open(settings, RuleSetKind.ADJUDICATE);
        try {
            return new DroolsRules(RuleSetRegistry.open(settings, RuleSetKind.SCRUB), adjudicate, history);
        } catch (RuntimeException e) {
            adjudicate.close();
            throw e;
        }
    }

    public ClaimScrubber scrubber() {
        return scrubber;
    }

    public ClaimAdjudicator adjudicator() {
        return adjudicator;
    }

    public RuleSetRegistry scrubRules() {
        return scrubRules;
    }

    public RuleSetRegistry adjudicationRules() {
        return adjudicationRules;
    }

    @Override
    public void close() {
        scrubRules.close();
        adjudicationRules.close();
    }
}
