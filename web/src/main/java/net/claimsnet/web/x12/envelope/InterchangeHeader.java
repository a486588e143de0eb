package net.claimsnet.web.x12.envelope;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What the ISA and GS segments say about one interchange of one functional group: who sends it to
 * whom, when, which kind of transaction sets it holds and under which implementation guide.
 *
 * @param functionalIdentifier GS01: HP (835), HB (271), FA (999), HN (277), HC (837), HS (270)
 * @param version GS08 and ST03: the implementation guide's version, e.g. 005010X221A1
 * @param production ISA15: P for production data, T for test data
 */
public record InterchangeHeader(InterchangeParty sender, InterchangeParty receiver, String functionalIdentifier,
                                String version, LocalDateTime created, boolean production) {

    public InterchangeHeader {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(functionalIdentifier, "functionalIdentifier");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(created, "created");
        if (functionalIdentifier.length() != 2) {
            throw new IllegalArgumentException("GS01 has 2 characters; was '" + functionalIdentifier + "'");
        }
        if (version.isEmpty() || version.length() > 12) {
            throw new IllegalArgumentException("GS08 has 1 to 12 characters; was '" + version + "'");
        }
    }

    /** Production data, created now by the given clock's local time. */
    public static InterchangeHeader of(InterchangeParty sender, InterchangeParty receiver, String functionalIdentifier,
                                       String version, LocalDateTime created) {
        return new InterchangeHeader(sender, receiver, functionalIdentifier, version, created, true);
    }
}
