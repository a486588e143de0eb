package net.claimsnet.node.bootstrap;

import net.claimsnet.storage.jpa.ColumnKeyRing;

import java.nio.file.Path;

/**
 * {@code java net.claimsnet.node.bootstrap.NodeKeysMain <state dir> <node> <command>}: the key store
 * steps of {@code ./network rotate-keys} ({@link NodeKeyRotation}). Commands: {@code columns} (the
 * generations held), {@code rotate-columns}, {@code retire-columns} [{@code --lookup}],
 * {@code change-password}. Prints what it did, never a key or a password; exits 1 with the reason.
 */
public final class NodeKeysMain {

    private NodeKeysMain() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: NodeKeysMain <state directory> <node> columns|rotate-columns|retire-columns [--lookup]|change-password");
            System.exit(2);
        }
        NodeKeyRotation rotation = new NodeKeyRotation(new NetworkFiles(Path.of(args[0])));
        String node = args[1];
        try {
            switch (args[2]) {
                case "columns" -> System.out.println("keys: " + node + ": " + describe(rotation.columnKeys(node)));
                case "rotate-columns" -> System.out.println("keys: " + node + ": new column key generation; "
                        + describe(rotation.rotateColumnKeys(node)));
                case "retire-columns" -> System.out.println("keys: " + node + ": older column keys retired; "
                        + describe(rotation.retireOlderColumnKeys(node, args.length > 3 && args[3].equals("--lookup"))));
                case "change-password" -> {
                    rotation.changeStorePassword(node);
                    System.out.println("keys: " + node + ": key store encrypted again under a new password");
                }
                default -> {
                    System.err.println("keys: unknown command " + args[2]);
                    System.exit(2);
                }
            }
        } catch (BootstrapException e) {
            System.err.println("keys: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String describe(ColumnKeyRing ring) {
        return "writing with generation " + ring.current() + "; data keys held " + ring.dataGenerations()
                + ", lookup keys held " + ring.lookupGenerations();
    }
}
