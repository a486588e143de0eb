package net.claimsnet.rules.drools;

import net.claimsnet.rules.ClaimAdjudicator;
import net.claimsnet.rules.ClaimHistory;
import net.claimsnet.rules.model.AdjudicationRequest;
import net.claimsnet.rules.model.AdjudicationResult;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Agenda;

import java.util.List;

/**
 * Adjudicates claims with the rule set in config/rules/adjudicate, one pooled session per claim. The
 * rules run in four agenda groups, in this order: edits (denials and pends), pricing, cost-sharing, outcome.
 */
public final class DroolsClaimAdjudicator implements ClaimAdjudicator {

    /** Agenda groups in the order they run; the rule files name them (see config/rules/README.md). */
    public static final List<String> PHASES = List.of("edits", "pricing", "cost-sharing", "outcome");

    private final RuleSetRegistry registry;
    private final ClaimHistory history;

    public DroolsClaimAdjudicator(RuleSetRegistry registry, ClaimHistory history) {
        this.registry = registry;
        this.history = history;
    }

    @Override
    public AdjudicationResult adjudicate(AdjudicationRequest request) {
        CompiledRuleSet rules = registry.current();
        ClaimFacts facts = new ClaimFactAssembler(rules.referenceData()).forAdjudication(request, history);
        KieSession session = rules.newSession();
        try {
            facts.insertInto(session);
            Agenda agenda = session.getAgenda();
            // Focus is a stack: push the last phase first so that the first phase runs first.
            for (int i = PHASES.size() - 1; i >= 0; i--) {
                agenda.getAgendaGroup(PHASES.get(i)).setFocus();
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return new AdjudicationResultAssembler(rules.referenceData()).toResult(facts.claim(), rules.version());
    }
}
