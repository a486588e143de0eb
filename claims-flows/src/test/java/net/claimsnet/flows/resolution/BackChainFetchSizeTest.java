package net.claimsnet.flows.resolution;

import net.corda.core.crypto.SecureHash;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A fetch asks for a bounded number of transactions, so that its answer fits in one P2P request of 4 MiB. */
class BackChainFetchSizeTest {

    private static List<SecureHash> missing(int count) {
        return IntStream.range(0, count).<SecureHash>mapToObj(i -> SecureHash.sha256("transaction " + i)).toList();
    }

    @Test
    void of_forty_missing_transactions_the_first_thirty_two_are_asked_for() {
        BackChainResolution resolution = new BackChainResolution(null);
        List<SecureHash> missing = missing(40);

        resolution.requesting(missing);

        assertThat(resolution.request().getIds()).containsExactlyElementsOf(missing.subList(0, BackChainResolution.MAX_FETCH_IDS));
        assertThat(resolution.outstanding()).hasSize(32);
    }

    @Test
    void a_few_missing_transactions_are_all_asked_for_at_once() {
        BackChainResolution resolution = new BackChainResolution(null);

        resolution.requesting(missing(5));

        assertThat(resolution.request().getIds()).hasSize(5);
    }
}
