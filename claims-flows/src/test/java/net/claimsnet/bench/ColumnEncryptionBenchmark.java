package net.claimsnet.bench;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.ledger.serialization.LedgerSerialization;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.ColumnKeys;
import net.claimsnet.storage.jpa.standalone.DatabaseSettings;
import net.claimsnet.storage.jpa.standalone.StandaloneDatabase;
import net.corda.core.serialization.SerializationDefaults;
import net.corda.core.serialization.SerializationFactory;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Whole-file H2 encryption against column encryption, for what a node writes most: transactions of about
 * 24 KB of Corda AMQP (here: claims, four to a row), one commit each with {@code WRITE_DELAY=0} as the nodes
 * run, then every row read back once. {@code before}: H2 file with {@code CIPHER=AES}, values in clear;
 * {@code after}: H2 file in clear, values through {@link ColumnEncryption} (compressed, AES-GCM).
 * Prints per round {@code column-cost mode=... rows=N cpu-ms=N cpu-ms-per-row=N.NN file-kb=N} (CPU of
 * the whole process: H2 writes on the committing thread). Rounds alternate so both share the machine's load.
 */
public final class ColumnEncryptionBenchmark {

    private ColumnEncryptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 2000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        List<byte[]> values = transactions(rows);
        long clearBytes = values.stream().mapToLong(v -> v.length).sum();
        System.out.printf("# %d values, %d bytes each on average%n", rows, clearBytes / rows);
        ColumnEncryption columns = ColumnEncryption.aesGcm(ColumnKeys.generate());
        for (int round = 0; round <= rounds; round++) {
            boolean warmUp = round == 0;
            run(warmUp ? "warm-up-before" : "before", true, values, (UnaryOperator<byte[]>) v -> v, null, columns);
            run(warmUp ? "warm-up-after" : "after", false, values, null, columns, columns);
        }
    }

    private static void run(String mode, boolean wholeFile, List<byte[]> values, UnaryOperator<byte[]> clear,
                            ColumnEncryption encrypt, ColumnEncryption decrypt) throws Exception {
        Path directory = Files.createTempDirectory("column-cost-");
        String url = "jdbc:h2:file:" + directory.resolve("claimsnet") + DatabaseSettings.H2_OPTIONS + ";WRITE_DELAY=0"
                + (wholeFile ? ";CIPHER=AES" : "");
        DatabaseSettings settings = DatabaseSettings.of(url, "sa", wholeFile ? "file-key-0123456789 pw" : "pw");
        StandaloneDatabase.open(settings).close(); // migrated
        DataSource dataSource = settings.dataSource();
        long cpuBefore = processCpuNanos();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into ledger_transaction (tx_id, content, recorded_at) values (?, ?, current_timestamp)")) {
                for (int i = 0; i < values.size(); i++) {
                    String id = "TX-" + i;
                    insert.setString(1, id);
                    insert.setBytes(2, encrypt == null ? clear.apply(values.get(i)) : encrypt.encrypt(values.get(i), "ledger_transaction", id));
                    insert.executeUpdate();
                    connection.commit();
                }
            }
            long read = 0;
            try (PreparedStatement select = connection.prepareStatement("select tx_id, content from ledger_transaction");
                 ResultSet all = select.executeQuery()) {
                while (all.next()) {
                    byte[] stored = all.getBytes(2);
                    read += (decrypt == null || wholeFile ? stored : decrypt.decrypt(stored, "ledger_transaction", all.getString(1))).length;
                }
            }
            if (read == 0) {
                throw new IllegalStateException("nothing read back");
            }
        }
        long cpuMillis = (processCpuNanos() - cpuBefore) / 1_000_000;
        long fileBytes = Files.size(directory.resolve("claimsnet.mv.db"));
        System.out.printf("column-cost mode=%s rows=%d cpu-ms=%d cpu-ms-per-row=%.2f file-kb=%d%n",
                mode, values.size(), cpuMillis, (double) cpuMillis / values.size(), fileBytes / 1024);
        try (var tree = Files.walk(directory)) {
            tree.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Corda AMQP bytes of the size of a stored transaction: four claims, each with its own ids. */
    private static List<byte[]> transactions(int count) {
        LedgerSerialization.ensureInstalled();
        List<byte[]> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<ClaimDetails> claims = new ArrayList<>();
            for (int j = 0; j < 4; j++) {
                claims.add(SampleClaims.details("M-" + (i * 4 + j)));
            }
            values.add(SerializationFactory.Companion.getDefaultFactory()
                    .serialize(claims, SerializationDefaults.INSTANCE.getSTORAGE_CONTEXT()).getBytes());
        }
        return values;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
