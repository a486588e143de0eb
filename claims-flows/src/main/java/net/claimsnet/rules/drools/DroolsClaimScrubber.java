package net.claimsnet.rules.drools;

import net.claimsnet.rules.ClaimScrubber;
import net.claimsnet.rules.fact.FindingCollector;
import net.claimsnet.rules.model.ScrubRequest;
import net.claimsnet.rules.model.ScrubResult;
import org.kie.api.runtime.KieSession;

/** Scrubs claims with the rule set in config/rules/scrub, one pooled session per claim. */
public final class DroolsClaimScrubber implements ClaimScrubber {

    /** The global through which scrub rules report findings. */
    static final String FINDINGS_GLOBAL = "findings";

    private final RuleSetRegistry registry;

    public DroolsClaimScrubber(RuleSetRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ScrubResult scrub(ScrubRequest request) {
        CompiledRuleSet rules = registry.current();
        ClaimFacts facts = new ClaimFactAssembler(rules.referenceData()).forScrub(request);
        FindingCollector findings = new FindingCollector();
        KieSession session = rules.newSession();
        try {
            session.setGlobal(FINDINGS_GLOBAL, findings);
            facts.insertInto(session);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return new ScrubResult(request.claim().claimId(), findings.findings(), rules.version());
    }
}
