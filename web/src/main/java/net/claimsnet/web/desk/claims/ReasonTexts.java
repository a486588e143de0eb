package net.claimsnet.web.desk.claims;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.rules.RulesSettings;
import net.claimsnet.rules.drools.RuleSetKind;
import net.claimsnet.rules.drools.RuleSetSources;
import net.claimsnet.rules.reference.ReferenceData;
import net.claimsnet.rules.reference.ReferenceDataException;
import net.claimsnet.rules.reference.ReferenceDataLoader;

import java.io.UncheckedIOException;
import java.util.logging.Logger;

/** Reason codes in plain words (the node's reference data), for people who do not know CARC 45 by heart. */
@Named
@ApplicationScoped
public class ReasonTexts {

    private static final java.util.Set<NodeRole> HAS_RULES = java.util.EnumSet.of(NodeRole.PROVIDER, NodeRole.INSURER);

    private static final Logger LOG = Logger.getLogger(ReasonTexts.class.getName());

    @EJB
    private NodeRuntime runtime;

    private volatile ReferenceData withoutRules;
    private volatile boolean withoutRulesTried;

    /** A claim adjustment reason code (CARC) in words. */
    public String carc(String code) {
        return text("CARC", code);
    }

    /** A remittance advice remark code (RARC) in words. */
    public String rarc(String code) {
        return text("RARC", code);
    }

    private String text(String type, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        if (!runtime.isRunning()) {
            return type + " " + code;
        }
        ReferenceData reference = HAS_RULES.contains(runtime.node().role()) ? runtime.referenceData() : referenceWithoutRules();
        return reference == null ? type + " " + code : reference.reasonText(type, code);
    }

    /**
     * Auditor and notary nodes run no rules, so their runtime holds no reference data: the reason
     * texts are read once from the same config/reference files the other nodes' rules read.
     */
    private ReferenceData referenceWithoutRules() {
        if (!withoutRulesTried) {
            withoutRulesTried = true;
            RulesSettings settings = RulesSettings.load();
            try {
                withoutRules = ReferenceDataLoader.load(
                        RuleSetSources.read(settings.rulesDir(), settings.referenceDir(), RuleSetKind.ADJUDICATE).referenceFiles());
            } catch (ReferenceDataException | UncheckedIOException e) {
                LOG.warning(() -> "Reason codes are shown without their words: the reference data in "
                        + settings.referenceDir() + " cannot be read (" + e.getMessage() + ")");
            }
        }
        return withoutRules;
    }
}
