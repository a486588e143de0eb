package net.claimsnet.web.e2e;

import net.claimsnet.node.config.NetworkConfiguration;
import net.claimsnet.node.config.NodeConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network as an operator runs it: {@code ./network up} brings every node of config/nodes up in
 * its own Payara domain; each reports ready with its node runtime started, trusts the same signed
 * network map and knows every other node; each P2P endpoint checks what it is sent; {@code ./network
 * down} stops them all.
 */
@ExtendWith(RunningNetwork.class)
class NetworkE2E {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final NetworkConfiguration NETWORK =
            NetworkConfiguration.load(NetworkScript.ROOT.resolve("config").resolve("nodes"));

    @Test
    void every_node_is_ready_with_its_runtime_trusts_the_same_map_and_knows_every_other_node() throws Exception {
        String mapVersion = null;
        for (NodeConfiguration node : NETWORK.nodes()) {
            HttpResponse<String> health = get(node.address() + "/health/ready");

            assertThat(health.statusCode()).as(node.id()).isEqualTo(200);
            String body = health.body();
            assertThat(body).as(node.id()).contains("\"runtime\":\"started\"")
                    .contains("\"node\":\"" + node.legalName() + "\"");
            String version = field(body, "networkMapVersion");
            mapVersion = mapVersion == null ? version : mapVersion;
            assertThat(version).as(node.id() + "'s network map version").isEqualTo(mapVersion);
            List<String> others = NETWORK.nodes().stream().filter(n -> n != node).map(n -> n.legalName().toString())
                    .collect(Collectors.toList());
            assertThat(field(body, "peersKnown").split("; ")).as(node.id()).containsExactlyInAnyOrderElementsOf(others);
        }
    }

    @Test
    void every_p2p_endpoint_refuses_a_message_that_is_not_a_signed_envelope() throws Exception {
        for (NodeConfiguration node : NETWORK.nodes()) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(node.address() + "/api/p2p/messages"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray("not an envelope".getBytes())).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(node.id() + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("X-ClaimsNet-Rejection")).as(node.id()).hasValue("MALFORMED");
        }
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A string field of the health check's data (MicroProfile Health reports every value as a string). */
    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"]*)\"").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return matcher.group(1);
    }
}
