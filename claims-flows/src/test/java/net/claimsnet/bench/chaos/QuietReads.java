package net.claimsnet.bench.chaos;

import net.claimsnet.bench.network.ClaimsApi;
import net.claimsnet.bench.network.ClaimsApi.Answer;
import net.claimsnet.bench.network.NetworkNode;

import java.util.Set;
import java.util.concurrent.ExecutionException;

/** The checks' reads: the network is quiet and up when they run, so a read that fails stops the run, saying which. */
final class QuietReads {

    private QuietReads() {
    }

    /** GET {@code path} at the node; any status but the accepted ones (and no answer) is an IllegalStateException. */
    static Answer get(ClaimsApi api, NetworkNode node, String path, Set<Integer> accepted) throws InterruptedException {
        try {
            Answer answer = api.get(node, path).get();
            if (!accepted.contains(answer.status())) {
                throw new IllegalStateException("GET " + path + " at " + node.id() + ": " + answer.excerpt());
            }
            return answer;
        } catch (ExecutionException noAnswer) {
            throw new IllegalStateException("GET " + path + " at " + node.id() + ": no answer (" + noAnswer.getCause() + ")");
        }
    }
}
