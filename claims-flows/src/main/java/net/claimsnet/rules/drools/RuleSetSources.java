package net.claimsnet.rules.drools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The bytes of one rule set, read once: its DRL files and the reference CSV files, with the version
 * that identifies them. The version is the hex SHA-256 over, for each file in order of its path
 * (rules/&lt;set&gt;/x.drl, then reference/y.csv): the path, a zero byte, the length as 8 bytes, the content.
 * Documentation files (README.md) are not part of it: they change no decision.
 *
 * @param ruleFiles      file name to content, in name order
 * @param referenceFiles file name to content, in name order
 * @param version        the hash
 */
public record RuleSetSources(Map<String, byte[]> ruleFiles, Map<String, byte[]> referenceFiles, String version) {

    public static RuleSetSources read(Path rulesDir, Path referenceDir, RuleSetKind kind) {
        Map<String, byte[]> rules = readAll(rulesDir.resolve(kind.folder()), ".drl");
        Map<String, byte[]> reference = readAll(referenceDir, ".csv");
        return new RuleSetSources(rules, reference, fingerprint(kind, rules, reference));
    }

    private static Map<String, byte[]> readAll(Path dir, String suffix) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path file : (Iterable<Path>) listing::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(suffix) && Files.isRegularFile(file)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule files in " + dir, e);
        }
        return new LinkedHashMap<>(files);
    }

    static String fingerprint(RuleSetKind kind, Map<String, byte[]> rules, Map<String, byte[]> reference) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            rules.forEach((name, content) -> digest(sha256, "rules/" + kind.folder() + "/" + name, content));
            reference.forEach((name, content) -> digest(sha256, "reference/" + name, content));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void digest(MessageDigest sha256, String path, byte[] content) {
        sha256.update(path.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0);
        sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(content.length).array());
        sha256.update(content);
    }
}
