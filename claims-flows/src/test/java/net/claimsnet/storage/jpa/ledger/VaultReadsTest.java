package net.claimsnet.storage.jpa.ledger;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class VaultReadsTest {

    private final VaultReads reads = new VaultReads(8);
    private final AtomicInteger queries = new AtomicInteger();

    private String query(String answer) {
        queries.incrementAndGet();
        return answer;
    }

    @Test
    void whileNothingChangesAQueryIsAnsweredFromTheMemo() {
        assertThat(reads.<String>get(3, "q", () -> query("first"))).isEqualTo("first");
        assertThat(reads.<String>get(3, "q", () -> query("second"))).isEqualTo("first");
        assertThat(queries).hasValue(1);
    }

    @Test
    void aCommittedChangeSendsEveryQueryBackToTheDatabase() {
        reads.get(3, "q", () -> query("before"));
        reads.get(3, "other", () -> query("before"));

        assertThat(reads.<String>get(4, "q", () -> query("after"))).isEqualTo("after");
        assertThat(reads.<String>get(4, "other", () -> query("after"))).isEqualTo("after");
        assertThat(queries).hasValue(4);
    }

    @Test
    void aReadThatStartedBeforeTheLatestChangeIsNotKeptAsCurrent() {
        reads.get(5, "q", () -> query("current"));

        // A slow reader that took its count before change 5 committed answers its own caller only.
        assertThat(reads.<String>get(4, "q", () -> query("older"))).isEqualTo("older");
        assertThat(reads.<String>get(5, "q", () -> query("again"))).isEqualTo("current");
    }

    @Test
    void aQueryRepeatedAfterAnUnrelatedNewQueryIsStillKept() {
        reads.get(1, "a", () -> query("a"));
        reads.get(1, "b", () -> query("b"));

        assertThat(reads.<String>get(1, "a", () -> query("a again"))).isEqualTo("a");
        assertThat(queries).hasValue(2);
    }
}
