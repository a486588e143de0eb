package net.claimsnet.web.e2e;

import net.claimsnet.bench.network.NetworkClaims;
import net.claimsnet.bench.network.NetworkClaims.GeneratedClaim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PHI canary of issue 15: a claim for a patient with a name found nowhere else (its "canary") is
 * filed at St. Mary and recorded by Acme and the regulator; then no node's database file and no log
 * file under .network holds that name in clear. The nodes encrypt every column that holds PHI or
 * serialized data (AES-GCM, keys in each node's keystore; their H2 files are no longer encrypted whole),
 * and they log ids, never a patient's name. On PostgreSQL (./network up --db postgres) the databases are
 * not files under .network: the logs are scanned, and the per-database canary of the storage tests
 * (PostgresPhiCanaryTest) searches the columns.
 *
 * <p>The scan reads every file of .network/data (each node's database, its trace file) and every log
 * (each domain's logs/, the script's logs), byte by byte, for the name in UTF-8 and in UTF-16 (Java's
 * serialized strings); the claim page and API, which must show it to the clerk, are not files.
 */
@ExtendWith(RunningNetwork.class)
class PhiCanaryE2E {

    private static final Path NETWORK = NetworkScript.ROOT.resolve(".network");

    private final NetworkApi network = new NetworkApi();

    @Test
    void a_patients_name_filed_in_a_claim_is_in_no_database_file_and_no_log_file_in_clear() throws IOException {
        String canary = "Zyxcanary" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase(Locale.ROOT);
        GeneratedClaim template = E2eClaims.freshMemberClaim(NetworkClaims.Provider.ST_MARY, 900);
        GeneratedClaim claim = new GeneratedClaim(template.claimId(), template.provider(), template.memberId(),
                template.subscriberId(), template.firstName(), canary, template.birthDate(), template.sex(), template.planId(),
                template.dateOfService(), template.variant());
        network.enrol(claim.memberId(), claim.subscriberId(), claim.planId(), claim.dateOfService().withDayOfYear(1));

        String id = network.file(network.stmary, claim);
        network.claimWithStatus(network.acme, id, "SUBMITTED");
        assertThat(String.valueOf(network.claimAt(network.stmary, id))).as("the clerk reads the patient's name")
                .contains(canary);

        List<Path> scanned = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (Path file : filesToScan()) {
            scanned.add(file);
            if (holds(file, canary.getBytes(StandardCharsets.UTF_8)) || holds(file, canary.getBytes(StandardCharsets.UTF_16BE))) {
                found.add(NETWORK.relativize(file).toString());
            }
        }

        assertThat(scanned).as("database files scanned").anyMatch(file -> file.toString().endsWith(".mv.db"));
        assertThat(scanned).as("server logs scanned").anyMatch(file -> file.getFileName().toString().startsWith("server.log"));
        assertThat(found).as("files holding the patient's name " + canary + " in clear").isEmpty();
    }

    /** Every node's database directory, every domain's logs, the script's own logs. */
    private static List<Path> filesToScan() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(NETWORK.resolve("data"), NETWORK.resolve("domains"), NETWORK.resolve("nodes"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> tree = Files.walk(root)) {
                tree.filter(Files::isRegularFile).filter(file -> root.endsWith("data") || isLog(file)).forEach(files::add);
            }
        }
        try (Stream<Path> top = Files.list(NETWORK)) {
            top.filter(Files::isRegularFile).filter(PhiCanaryE2E::isLog).forEach(files::add);
        }
        return files;
    }

    private static boolean isLog(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".log") || name.startsWith("server.log") || file.getParent().getFileName().toString().equals("logs");
    }

    /** Whether the file's bytes hold the pattern anywhere (read in blocks, across block edges). */
    private static boolean holds(Path file, byte[] pattern) throws IOException {
        byte[] block = new byte[1 << 20];
        byte[] carry = new byte[0];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(block)) > 0) {
                byte[] window = new byte[carry.length + read];
                System.arraycopy(carry, 0, window, 0, carry.length);
                System.arraycopy(block, 0, window, carry.length, read);
                if (indexOf(window, pattern) >= 0) {
                    return true;
                }
                int keep = Math.min(pattern.length - 1, window.length);
                carry = java.util.Arrays.copyOfRange(window, window.length - keep, window.length);
            }
        } catch (java.nio.file.NoSuchFileException gone) {
            return false; // a log rolled over while the scan ran
        }
        return false;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
