package net.claimsnet.ledger.resolution;

import net.corda.core.identity.Party;
import net.corda.core.node.NetworkParameters;
import net.corda.core.node.NotaryInfo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The network parameters the bootstrap publishes: the notaries, the size limits, the platform version. */
public final class NetworkParametersFactory {

    /** Corda 4's reference states need platform version 4. */
    public static final int MINIMUM_PLATFORM_VERSION = 4;
    private static final int TEN_MEGABYTES = 10 * 1024 * 1024;

    private NetworkParametersFactory() {
    }

    public static NetworkParameters create(List<Party> nonValidatingNotaries, Instant publishedAt, int epoch) {
        List<NotaryInfo> notaries = nonValidatingNotaries.stream()
                .map(party -> new NotaryInfo(party, false)).collect(Collectors.toList());
        return new NetworkParameters(MINIMUM_PLATFORM_VERSION, notaries, TEN_MEGABYTES, TEN_MEGABYTES,
                publishedAt, epoch, Map.of(), Duration.ofDays(30), Map.of());
    }
}
