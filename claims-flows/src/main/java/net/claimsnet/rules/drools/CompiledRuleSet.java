package net.claimsnet.rules.drools;

import net.claimsnet.rules.reference.ReferenceData;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;

import java.util.Set;
import java.util.TreeSet;

/**
 * One compiled version of a rule set: the rule base, a pool of sessions over it, and the reference
 * data it was built with. Immutable once built; replaced whole on reload.
 */
public final class CompiledRuleSet {

    private final RuleSetKind kind;
    private final String version;
    private final KieBase kieBase;
    private final KieContainerSessionsPool sessions;
    private final ReferenceData referenceData;
    private final long buildMillis;

    CompiledRuleSet(RuleSetKind kind, String version, KieBase kieBase, KieContainerSessionsPool sessions,
                    ReferenceData referenceData, long buildMillis) {
        this.kind = kind;
        this.version = version;
        this.kieBase = kieBase;
        this.sessions = sessions;
        this.referenceData = referenceData;
        this.buildMillis = buildMillis;
    }

    public RuleSetKind kind() {
        return kind;
    }

    /** Hex SHA-256 of the rule files and reference data this was built from. */
    public String version() {
        return version;
    }

    public ReferenceData referenceData() {
        return referenceData;
    }

    /** How long reading, parsing and compiling took. */
    public long buildMillis() {
        return buildMillis;
    }

    /**
     * A session from the pool, empty; dispose it in {@code finally} to give it back (it is reset then).
     */
    public KieSession newSession() {
        return sessions.newKieSession();
    }

    /** The names of all rules in this version. */
    public Set<String> ruleNames() {
        Set<String> names = new TreeSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                names.add(rule.getName());
            }
        }
        return names;
    }
}
