package net.claimsnet.ledger.attachments;

import net.claimsnet.ledger.LedgerException;
import net.corda.core.contracts.Contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

/**
 * The claims-contracts JAR, the code every claim transaction pins by hash. Found at the path in
 * the system property {@code claimsnet.contracts.jar}, or else where the contract classes were loaded from.
 */
public final class ContractsJar {

    public static final String LOCATION_PROPERTY = "claimsnet.contracts.jar";
    private static final String CONTRACTS_PACKAGE = "net/claimsnet/contracts/";
    private static final String A_CONTRACT_CLASS = "net.claimsnet.contracts.ClaimContract";

    private ContractsJar() {
    }

    /** Reads the JAR and lists the contract classes in it, as a trusted ("app") contract attachment. */
    public static StoredAttachment load() {
        return load(locate());
    }

    public static StoredAttachment load(Path jar) {
        try {
            byte[] bytes = Files.readAllBytes(jar);
            List<String> contracts = contractClassNames(bytes);
            if (contracts.isEmpty()) {
                throw new LedgerException(null, "The contracts JAR " + jar + " holds no contract class");
            }
            return StoredAttachment.of(bytes, StoredAttachment.TRUSTED_UPLOADER, contracts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contracts JAR " + jar, e);
        }
    }

    public static Path locate() {
        String configured = System.getProperty(LOCATION_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        try {
            Class<?> contract = Class.forName(A_CONTRACT_CLASS, false, ContractsJar.class.getClassLoader());
            Path location = Paths.get(contract.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return location;
            }
            throw new LedgerException(null, "The contract classes were loaded from " + location
                    + ", not from a JAR; set -D" + LOCATION_PROPERTY + " to the claims-contracts JAR");
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new LedgerException(null, "The claims-contracts classes are not on the class path", e);
        }
    }

    private static List<String> contractClassNames(byte[] jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarInputStream in = new JarInputStream(new java.io.ByteArrayInputStream(jar))) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                String path = entry.getName();
                if (path.startsWith(CONTRACTS_PACKAGE) && path.endsWith(".class") && !path.contains("$")) {
                    String className = path.substring(0, path.length() - ".class".length()).replace('/', '.');
                    if (isContract(className)) {
                        names.add(className);
                    }
                }
            }
        }
        names.sort(null);
        return names;
    }

    private static boolean isContract(String className) {
        try {
            return Contract.class.isAssignableFrom(Class.forName(className, false, ContractsJar.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
