package net.claimsnet.node.bootstrap;

import java.util.List;

/**
 * What a bootstrap run found and did.
 *
 * @param mapVersion      the network map's version after the run
 * @param parametersEpoch the network parameters' epoch after the run
 * @param nodes           how many nodes the map names
 * @param changes         what the run generated or re-signed, in order; empty when nothing changed
 */
public record BootstrapReport(int mapVersion, int parametersEpoch, int nodes, List<String> changes) {

    public BootstrapReport {
        changes = List.copyOf(changes);
    }

    public boolean changedAnything() {
        return !changes.isEmpty();
    }
}
