package net.claimsnet.bench.network;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The regulator's access grants a run over the network needs: the regulator receives a claim whole only
 * while the insurer's grant opens it, and the end-to-end tests and {@code ./chaos} check claims there. Each
 * provider's claims are granted by the insurer's administrator, unless a grant of them is in force already.
 */
public final class RegulatorGrants {

    private RegulatorGrants() {
    }

    /** Grants what is not granted yet; returns the providers it granted now. */
    public static List<String> ensure(ClaimsApi api, NetworkNode insurerAdmin, Path nodesConfig, List<NetworkNode> providers)
            throws Exception {
        ClaimsApi.Answer held = api.get(insurerAdmin, "api/access-grants").get(2, TimeUnit.MINUTES);
        if (held.status() != 200) {
            throw new IllegalStateException("Reading the access grants at " + insurerAdmin.describe() + ": HTTP " + held.status());
        }
        List<?> grants = (List<?>) Json.at(held.json(), "grants");
        List<String> granted = new ArrayList<>();
        for (NetworkNode provider : providers) {
            String name = x500NameOf(nodesConfig, provider);
            boolean inForce = grants.stream().anyMatch(g -> "PROVIDER".equals(Json.text(g, "scope"))
                    && name.equals(Json.text(g, "subject")) && Boolean.TRUE.equals(Json.at(g, "inForce")));
            if (inForce) {
                continue;
            }
            String body = "{\"scope\": \"PROVIDER\", \"subject\": " + Json.quote(name)
                    + ", \"purpose\": \"Claims checked by the test run\", \"lastDay\": "
                    + Json.quote(LocalDate.now(ZoneOffset.UTC).plusDays(300).toString()) + "}";
            ClaimsApi.Answer answer = api.post(insurerAdmin, "api/access-grants", body).get(2, TimeUnit.MINUTES);
            if (answer.status() != 201) {
                throw new IllegalStateException("Granting the regulator " + provider.organisation() + "'s claims: HTTP "
                        + answer.status() + " " + answer.body());
            }
            granted.add(provider.organisation());
        }
        return granted;
    }

    /** The node's name on the network map, as config/nodes says it. */
    private static String x500NameOf(Path nodesConfig, NetworkNode node) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(nodesConfig.resolve(node.id() + ".properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("node.name");
    }
}
