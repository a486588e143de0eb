package net.claimsnet.web.x12.claims;

import net.claimsnet.web.x12.ack.Ack999Writer;
import net.claimsnet.web.x12.read.NotX12Exception;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No input makes the review or the 999 fail unexpectedly (which the API would answer 500): the shared
 * 837 samples cut, with characters dropped, doubled or changed at random (seeded, so a failure
 * repeats), are either refused as not X12 or acknowledged.
 */
class MalformedInputTest {

    private static final List<String> SAMPLES = List.of("837p-lfh-example1-patient-is-dependent.837",
            "837i-lfh-institutional-claim.837i", "edge-837p-staedi-newline-terminated-isa00402.edi",
            "bad-837p-segments-out-of-order.txt");
    private static final String NOISE = "*:~^>\n\r 0123456789ABCHLSENM";

    @Test
    void randomlyDamagedFilesAreRefusedAsNotX12OrAcknowledged() {
        Random random = new Random(837);
        int refused = 0;
        int acknowledged = 0;
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder(X12Samples.text(SAMPLES.get(round % SAMPLES.size())));
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = 106 + random.nextInt(text.length() - 106);
                switch (random.nextInt(4)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                    case 2 -> text.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
                    default -> text.setLength(at);
                }
            }
            byte[] damaged = text.toString().getBytes(StandardCharsets.ISO_8859_1);
            try {
                ClaimFileReview review = ClaimFileReview.of(damaged);
                assertThat(Ack999Writer.write(review, () -> "000000001", LocalDateTime.of(2026, 1, 1, 0, 0))).contains("AK9*");
                acknowledged++;
            } catch (NotX12Exception notX12) {
                assertThat(notX12.getMessage()).isNotBlank();
                refused++;
            }
        }
        assertThat(refused).as("refused").isPositive();
        assertThat(acknowledged).as("acknowledged").isPositive();
    }

    @Test
    void anInterchangeWithoutAFunctionalGroupHasNothingToAcknowledge() {
        String empty = "ISA*00*          *00*          *ZZ*A              *ZZ*B              *250101*1200*^*00501*000000001*0*T*:~IEA*0*000000001~";

        assertThatThrownBy(() -> ClaimFileReview.of(empty.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(NotX12Exception.class).hasMessageContaining("no functional group");
    }

    @Test
    void anEmptyBodyIsNotX12() {
        assertThatThrownBy(() -> ClaimFileReview.of(new byte[0])).isInstanceOf(NotX12Exception.class)
                .hasMessageContaining("empty");
    }
}
