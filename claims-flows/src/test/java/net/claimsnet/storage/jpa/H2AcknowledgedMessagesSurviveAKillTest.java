package net.claimsnet.storage.jpa;

import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.storage.jpa.flow.JpaInboxStore;
import net.claimsnet.storage.jpa.standalone.StandaloneDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the inbox acknowledged is still there after the process is killed ({@code SIGKILL}, no shutdown hook,
 * no H2 close): a peer that was told "received" drops its copy, so a message lost here is lost for good.
 * H2 writes its file lazily; without {@link DurableCommits} a run of this test lost 30 of 391 acknowledged
 * messages.
 */
class H2AcknowledgedMessagesSurviveAKillTest {

    private static final int ACKNOWLEDGEMENTS_BEFORE_THE_KILL = 300;

    private final H2TestDatabase testDatabase = new H2TestDatabase();
    private Process child;

    @AfterEach
    void removeTheDatabase() {
        if (child != null) {
            child.destroyForcibly();
        }
        testDatabase.close();
    }

    @Test
    void everyAcknowledgedMessageIsInTheInboxAfterAKill() throws Exception {
        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AcknowledgingInbox.class.getName(),
                testDatabase.settings().url())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Set<String> acknowledged = readAcknowledgements(child);
        child.toHandle().destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child died").isTrue();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGEMENTS_BEFORE_THE_KILL);

        Set<String> kept = new HashSet<>();
        try (StandaloneDatabase reopened = StandaloneDatabase.open(testDatabase.settings())) {
            for (Envelope envelope : new JpaInboxStore(reopened.transactions(), TestColumns.CLEAR).unprocessed()) {
                kept.add(envelope.messageId());
            }
        }
        Set<String> lost = new LinkedHashSet<>(acknowledged);
        lost.removeAll(kept);
        assertThat(lost).as("acknowledged, then gone after the kill (of %d)", acknowledged.size()).isEmpty();
    }

    /** The ids the child printed up to the kill: the target, plus whatever it printed while the kill was sent. */
    private static Set<String> readAcknowledgements(Process child) throws IOException {
        Set<String> acknowledged = new LinkedHashSet<>();
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        assertThat(line).as("the child opened its database").isEqualTo(AcknowledgingInbox.READY);
        while (acknowledged.size() < ACKNOWLEDGEMENTS_BEFORE_THE_KILL && (line = output.readLine()) != null) {
            acknowledged.add(line);
        }
        return acknowledged;
    }
}
