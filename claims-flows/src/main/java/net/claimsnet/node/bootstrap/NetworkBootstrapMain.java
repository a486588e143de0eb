package net.claimsnet.node.bootstrap;

import net.claimsnet.node.config.NetworkConfiguration;
import net.claimsnet.node.config.NodeConfigurationException;

import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code java net.claimsnet.node.bootstrap.NetworkBootstrapMain <config/nodes> <state dir>}: what
 * {@code ./network up} runs before it starts any server. Prints one line per change (nothing but
 * the summary when nothing changed) and exits 1 with the reason when the files cannot be made right.
 */
public final class NetworkBootstrapMain {

    private NetworkBootstrapMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: NetworkBootstrapMain <node configuration directory> <state directory>");
            System.exit(2);
        }
        try {
            NetworkConfiguration network = NetworkConfiguration.load(Path.of(args[0]));
            BootstrapReport report = new NetworkBootstrap(new NetworkFiles(Path.of(args[1])), Clock.systemUTC()).run(network);
            report.changes().forEach(change -> System.out.println("bootstrap: " + change));
            System.out.println("bootstrap: network map version " + report.mapVersion() + " (" + report.nodes()
                    + " nodes), network parameters epoch " + report.parametersEpoch()
                    + (report.changedAnything() ? "" : ", unchanged"));
        } catch (NodeConfigurationException | BootstrapException e) {
            System.err.println("bootstrap: " + e.getMessage());
            System.exit(1);
        }
    }
}
