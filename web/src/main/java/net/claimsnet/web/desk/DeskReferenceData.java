package net.claimsnet.web.desk;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.rules.RulesSettings;
import net.claimsnet.rules.drools.RuleSetKind;
import net.claimsnet.rules.drools.RuleSetSources;
import net.claimsnet.rules.reference.ReferenceData;
import net.claimsnet.rules.reference.ReferenceDataException;
import net.claimsnet.rules.reference.ReferenceDataLoader;

import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The reference data (codes and their words) the desk's pickers and texts read: on a provider or an
 * insurer node, that of the rule set in force; on a node that runs no rules (auditor, notary), the same
 * config/reference files, read once. Empty while the node is not running, or when the files cannot be read.
 */
@ApplicationScoped
public class DeskReferenceData {

    private static final Logger LOG = Logger.getLogger(DeskReferenceData.class.getName());
    private static final Set<NodeRole> RUN_RULES = EnumSet.of(NodeRole.PROVIDER, NodeRole.INSURER);

    @EJB
    private NodeRuntime runtime;

    private ReferenceData withoutRules;
    private boolean withoutRulesRead;

    public Optional<ReferenceData> current() {
        if (!runtime.isRunning()) {
            return Optional.empty();
        }
        if (RUN_RULES.contains(runtime.node().role())) {
            return Optional.of(runtime.referenceData());
        }
        return Optional.ofNullable(readWithoutRules());
    }

    private synchronized ReferenceData readWithoutRules() {
        if (!withoutRulesRead) {
            withoutRulesRead = true;
            RulesSettings settings = RulesSettings.load();
            try {
                withoutRules = ReferenceDataLoader.load(
                        RuleSetSources.read(settings.rulesDir(), settings.referenceDir(), RuleSetKind.ADJUDICATE).referenceFiles());
            } catch (ReferenceDataException | UncheckedIOException e) {
                LOG.warning(() -> "Codes are shown without their words: the reference data in "
                        + settings.referenceDir() + " cannot be read (" + e.getMessage() + ")");
            }
        }
        return withoutRules;
    }
}
