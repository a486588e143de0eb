package net.claimsnet.bench.network;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The demo users' passwords of the network that {@code ./network up} started: it generates them into
 * the owner-only {@value #FILE} (user=password lines) at the network's first start. A network seeded
 * before that has the README's public ones (the user's prefix and "-demo"), as has a test domain.
 * {@code -Dbench.password.<prefix>} overrides both.
 */
public final class DemoPasswords {

    /** Where ./network up writes them, from the repository's root. */
    public static final String FILE = ".network/secrets/demo-users.properties";

    private static volatile Properties generated;

    private DemoPasswords() {
    }

    /** The password of a demo user such as billing@stmary. */
    public static String of(String user) {
        String prefix = user.substring(0, user.indexOf('@'));
        String given = System.getProperty("bench.password." + prefix);
        if (given != null) {
            return given;
        }
        String made = generated().getProperty(user);
        return made != null ? made : prefix + "-demo";
    }

    /** Read once found; looked for again while there is none (./network up may write it later in a run). */
    private static Properties generated() {
        Properties known = generated;
        if (known == null) {
            known = read();
            if (!known.isEmpty()) {
                generated = known;
            }
        }
        return known;
    }

    /** The file in the working directory's tree (the root for ./bench, web/ for the module's tests). */
    private static Properties read() {
        Properties passwords = new Properties();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(FILE);
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    passwords.load(in);
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
                }
                break;
            }
        }
        return passwords;
    }
}
