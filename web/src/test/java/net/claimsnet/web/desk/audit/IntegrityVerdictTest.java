package net.claimsnet.web.desk.audit;

import net.claimsnet.node.desk.TransactionIntegrity;
import net.claimsnet.states.ClaimStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntegrityVerdictTest {

    private static TransactionIntegrity passed(String id) {
        return new TransactionIntegrity(id, ClaimStatus.SUBMITTED, true, true, true, true, true, List.of());
    }

    @Test
    void anUntouchedChainReadsAllNTransactionsVerified() {
        List<TransactionIntegrity> results = List.of(passed("A"), passed("B"), passed("C"));

        assertThat(IntegrityVerdict.of(results)).isEqualTo("All 3 transactions verified");
        assertThat(IntegrityVerdict.allVerified(results)).isTrue();
    }

    @Test
    void aFailureNamesTheTransactionItsStatusAndItsProblems() {
        TransactionIntegrity broken = new TransactionIntegrity("0123456789ABCDEF", ClaimStatus.SETTLED, true, true, true,
                true, false, List.of("It does not consume the previous version"));

        String verdict = IntegrityVerdict.of(List.of(passed("A"), broken));

        assertThat(verdict).isEqualTo("1 of 2 transactions failed: transaction 0123456789AB… (SETTLED): "
                + "It does not consume the previous version");
        assertThat(IntegrityVerdict.allVerified(List.of(passed("A"), broken))).isFalse();
        assertThat(IntegrityVerdict.allVerified(List.of())).isFalse();
    }
}
