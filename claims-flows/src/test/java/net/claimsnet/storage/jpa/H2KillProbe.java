package net.claimsnet.storage.jpa;

import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.storage.jpa.flow.JpaInboxStore;
import net.claimsnet.storage.jpa.standalone.DatabaseSettings;
import net.claimsnet.storage.jpa.standalone.StandaloneDatabase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A probe, not a test (its losses are rare): rounds of {@link AcknowledgingInbox} killed after 500 acknowledgements
 * on one H2 file that churns between rounds (4,000 messages of 4 KiB written and deleted, so the file has free
 * space to reuse, as a node's has), printing per round how many acknowledged messages the reopened file lacks.
 * Issue 17: with the node's URL options it lost 14 of 500 in one round of about thirty, although each
 * acknowledgement waited for {@code CHECKPOINT SYNC}; {@link H2AcknowledgedMessagesSurviveAKillTest} (a fresh
 * file) never did. Run from claims-flows after {@code mvn test-compile}:
 * <pre>java -cp "target/test-classes:target/classes:$(cat cp.txt)" net.claimsnet.storage.jpa.H2KillProbe 20 ";WRITE_DELAY=0"</pre>
 * ({@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt} writes cp.txt).
 */
final class H2KillProbe {

    private H2KillProbe() {
    }

    public static void main(String[] arguments) throws Exception {
        int rounds = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 20;
        String options = arguments.length > 1 ? arguments[1] : ";WRITE_DELAY=0";
        try (H2TestDatabase file = new H2TestDatabase()) {
            String url = file.settings().url() + options;
            int lossy = 0;
            for (int round = 0; round < rounds; round++) {
                churn(url, round);
                Set<String> lost = killAfterAcknowledgements(url, 500);
                lossy += lost.isEmpty() ? 0 : 1;
                System.out.println("h2-kill-probe round " + round + ": lost=" + lost.size()
                        + (lost.isEmpty() ? "" : " from " + lost.iterator().next()));
            }
            System.out.println("h2-kill-probe: rounds=" + rounds + " rounds-with-losses=" + lossy + " options=" + options);
        }
    }

    private static void churn(String url, int round) {
        try (StandaloneDatabase open = StandaloneDatabase.open(DatabaseSettings.of(url, "sa", ""))) {
            JpaInboxStore inbox = new JpaInboxStore(open.transactions(), TestColumns.CLEAR);
            for (int batch = 0; batch < 40; batch++) {
                List<Envelope> envelopes = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    envelopes.add(new Envelope("F-" + round + "-" + batch + "-" + i, AcknowledgingInbox.SENDER,
                            AcknowledgingInbox.RECIPIENT, "S-F", MessageKind.DATA, i, 0, null, new byte[4096]));
                }
                inbox.receiveAll(envelopes, Instant.now());
            }
            open.transactions().run(em -> em.createNativeQuery("delete from inbox_message").executeUpdate());
        }
    }

    /** The ids acknowledged before the kill that the reopened file lacks. */
    private static Set<String> killAfterAcknowledgements(String url, int acknowledgements) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AcknowledgingInbox.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        output.readLine();
        Set<String> acknowledged = new LinkedHashSet<>();
        String line;
        while (acknowledged.size() < acknowledgements && (line = output.readLine()) != null) {
            acknowledged.add(line);
        }
        child.toHandle().destroyForcibly();
        child.waitFor();
        Set<String> kept = new HashSet<>();
        try (StandaloneDatabase reopened = StandaloneDatabase.open(DatabaseSettings.of(url, "sa", ""))) {
            for (Envelope envelope : new JpaInboxStore(reopened.transactions(), TestColumns.CLEAR).unprocessed()) {
                kept.add(envelope.messageId());
            }
        }
        acknowledged.removeAll(kept);
        return acknowledged;
    }
}
