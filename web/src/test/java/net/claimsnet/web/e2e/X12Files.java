package net.claimsnet.web.e2e;

import net.claimsnet.bench.network.NetworkClaims;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Sex;
import net.claimsnet.web.x12.claims.Claim837Writer;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * 837P files of the network benchmark's generated claims, for the end-to-end tests (API and desk).
 * The 837 carries one member id per subscriber (2010BA NM109): the member is enrolled with it as
 * member and subscriber id.
 */
public final class X12Files {

    /** St. Mary's billing NPI (the network claims generator's): passes the check digit, not watch-listed. */
    public static final String ST_MARY_NPI = "1234567893";

    private X12Files() {
    }

    /** The generated claim as the ledger would hold it from an 837: the member id is the subscriber's. */
    public static ClaimDetails details(NetworkClaims.GeneratedClaim claim, String billingNpi) {
        List<ServiceLine> lines = new ArrayList<>();
        for (NetworkClaims.Line line : claim.variant().lines()) {
            lines.add(new ServiceLine(lines.size() + 1, line.procedureCode(), List.of(), 1, line.charge(),
                    claim.dateOfService(), "11", line.diagnosisPointers()));
        }
        return new ClaimDetails(claim.claimId(), ClaimType.PROFESSIONAL, ClaimUse.CLAIM,
                new Patient(claim.memberId(), claim.firstName(), claim.lastName(), claim.birthDate(), Sex.valueOf(claim.sex())),
                claim.memberId(), billingNpi, "ACME", claim.variant().diagnosisCodes(), null, FrequencyCode.ORIGINAL, null,
                List.of(), lines);
    }

    /** An interchange control number no other test run uses (nine digits). */
    public static String freshControlNumber() {
        return String.format(Locale.ROOT, "%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
    }

    public static String file(List<ClaimDetails> claims, String planId, String controlNumber) {
        return Claim837Writer.write(claims, planId, Claim837Writer.Sender.example("STMARY"), controlNumber, LocalDateTime.now());
    }
}
