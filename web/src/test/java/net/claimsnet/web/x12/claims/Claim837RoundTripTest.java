package net.claimsnet.web.x12.claims;

import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Sex;
import net.claimsnet.web.x12.ack.Ack999Writer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static net.claimsnet.web.x12.claims.SharedSamplesTest.segments;
import static org.assertj.core.api.Assertions.assertThat;

/** A claim written as an 837P and read back is the same claim; what the writer writes passes the guide cleanly. */
class Claim837RoundTripTest {

    static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 20, 9, 30);

    static ClaimDetails claim(String claimId, String npi) {
        return new ClaimDetails(claimId, ClaimType.PROFESSIONAL, ClaimUse.CLAIM,
                new Patient("M-1001", "Jane", "Doe", LocalDate.of(1980, 5, 17), Sex.F), "M-1001", npi, "ACME01",
                List.of("E11.9", "I10", "S72.001A"), "AUTH-77", FrequencyCode.ORIGINAL, null, List.of(),
                List.of(new ServiceLine(1, "99213", List.of("25"), 1, new BigDecimal("150.00"), LocalDate.of(2025, 3, 10), "11", List.of(1)),
                        new ServiceLine(2, "85025", List.of(), 2, new BigDecimal("40.00"), LocalDate.of(2025, 3, 11), "22", List.of(1, 2, 3)),
                        new ServiceLine(3, "J2941", List.of("RT", "59"), 84, new BigDecimal("5332.54"), LocalDate.of(2025, 3, 11), "11", List.of(2))));
    }

    @Test
    void aClaimWrittenAsAn837PReadsBackAsTheSameClaim() {
        ClaimDetails original = claim("RT-1", "1234567893");

        String x12 = Claim837Writer.write(List.of(original), "ACME-PPO-GOLD", Claim837Writer.Sender.example("STMARY"),
                "000000123", NOW);
        ClaimFileReview review = ClaimFileReview.of(x12.getBytes(StandardCharsets.UTF_8));

        assertThat(review.acceptedClaims()).singleElement().satisfies(read -> {
            assertThat(read.problems()).isEmpty();
            assertThat(read.details()).isEqualTo(original);
            assertThat(read.planId()).isEqualTo("ACME-PPO-GOLD");
            assertThat(read.chargeTotal()).isEqualByComparingTo(original.totalCharge());
        });
    }

    @Test
    void whatTheWriterWritesPassesTheGuideWithoutANote() {
        String x12 = Claim837Writer.write(List.of(claim("RT-2", "1234567893")), null, Claim837Writer.Sender.example("STMARY"),
                "000000124", NOW);
        ClaimFileReview review = ClaimFileReview.of(x12.getBytes(StandardCharsets.UTF_8));

        String ack = Ack999Writer.write(review, () -> "000000001", NOW);

        assertThat(review.interchanges().get(0).groups().get(0).transactions().get(0).verdict().issues()).isEmpty();
        assertThat(segments(ack)).contains("IK5*A", "AK9*A*1*1*1");
    }

    @Test
    void manyClaimsOfSeveralBillingProvidersReadBackInTheirOrder() {
        List<ClaimDetails> claims = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            claims.add(claim("RT-MANY-" + i, i < 15 ? "1234567893" : "1245319599"));
        }

        String x12 = Claim837Writer.write(claims, null, Claim837Writer.Sender.example("STMARY"), "000000125", NOW);
        List<Mapped837Claim> read = ClaimFileReview.of(x12.getBytes(StandardCharsets.UTF_8)).acceptedClaims();

        assertThat(read).extracting(Mapped837Claim::details).containsExactlyElementsOf(claims);
        assertThat(segments(x12).stream().filter(s -> s.startsWith("HL*") && s.endsWith("*20*1"))).hasSize(2);
    }
}
