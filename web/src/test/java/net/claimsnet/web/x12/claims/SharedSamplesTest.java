package net.claimsnet.web.x12.claims;

import net.claimsnet.web.x12.ack.Ack999Writer;
import net.claimsnet.web.x12.read.NotX12Exception;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every shared X12 sample gets its expected answer from POST /x12/837's review: the 999's AK9 code and
 * the claims that go on to be filed; a file that is not X12 is refused whole, naming why. SOURCES.md
 * says what each should get; a new sample without an expectation here fails the first test.
 */
class SharedSamplesTest {

    /** The 999's AK9 code, how many claims go on to filing, and a segment the 999 must hold (or the refusal's words). */
    record Expected(String ak9, int claims, String mustContain) {
    }

    static final Map<String, Expected> EXPECTED = Map.of(
            "837p-lfh-example1-patient-is-dependent.837", new Expected("AK9*A*1*1*1", 1, "IK5*A"),
            // the billing provider's five-digit ZIP: noted, the claim still accepted (pyx12's X222A2 map does not check it)
            "837p-lfh-example2-patient-is-subscriber.837", new Expected("AK9*E*1*1*1", 1, "IK4*3*116*I12"),
            // SOURCES.md's three guide errors, each noted: ZIP, CLM06 not used in 837I, D8 statement date
            "837i-lfh-institutional-claim.837i", new Expected("AK9*E*1*1*1", 1, "IK4*6*1073*I10"),
            "edge-837p-staedi-newline-terminated-isa00402.edi", new Expected("AK9*A*1*1*1", 1, "AK1*HC*1377*005010X222"),
            "bad-837p-missing-required-loops.txt", new Expected("AK9*R*1*1*0", 0, "IK3*NM1*7*2010AA*3"),
            "bad-837p-segments-out-of-order.txt", new Expected("AK9*R*1*1*0", 0, "IK3*N4*10*2010AA*7"),
            "bad-837p-no-isa-segment.txt", new Expected(null, 0, "must start with an ISA segment"),
            // not claims: acknowledged as transaction sets this endpoint does not take
            "835-lfh-managed-care.835", new Expected("AK9*R*1*1*0*1", 0, "IK5*R*1"),
            "270-lfh-subscriber-benefit-check.270", new Expected("AK9*R*1*1*0*1", 0, "IK5*R*1"),
            "271-lfh-subscriber-benefit-check.271", new Expected("AK9*R*1*1*0*1", 0, "IK5*R*1"));

    static Stream<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(X12Samples.DIRECTORY)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void everySharedSampleHasAnExpectedAnswer() throws IOException {
        assertThat(samples().toList()).isNotEmpty().allSatisfy(name -> assertThat(EXPECTED).containsKey(name));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachSampleGetsItsExpectedAnswer(String name) {
        Expected expected = EXPECTED.get(name);
        assertThat(expected).as("expectation for " + name).isNotNull();
        byte[] content = X12Samples.bytes(name);
        if (expected.ak9() == null) {
            assertThatThrownBy(() -> ClaimFileReview.of(content)).isInstanceOf(NotX12Exception.class)
                    .hasMessageContaining(expected.mustContain());
            return;
        }
        ClaimFileReview review = ClaimFileReview.of(content);
        AtomicLong numbers = new AtomicLong();
        String ack = Ack999Writer.write(review, () -> String.format("%09d", numbers.incrementAndGet()),
                LocalDateTime.of(2026, 1, 2, 3, 4));

        assertThat(segments(ack)).contains(expected.ak9(), expected.mustContain());
        assertThat(review.acceptedClaims()).hasSize(expected.claims());
        assertThat(review.acceptedClaims()).allSatisfy(claim -> assertThat(claim.problems()).isEmpty());
    }

    static List<String> segments(String x12) {
        return Stream.of(x12.split("~")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
