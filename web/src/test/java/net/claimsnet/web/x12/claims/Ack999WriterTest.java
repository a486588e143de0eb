package net.claimsnet.web.x12.claims;

import net.claimsnet.web.x12.ack.Ack999Writer;
import net.claimsnet.web.x12.read.X12Interchange;
import net.claimsnet.web.x12.read.X12Reader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static net.claimsnet.web.x12.claims.SharedSamplesTest.segments;
import static org.assertj.core.api.Assertions.assertThat;

/** The 999: one interchange back per interchange received, a transaction set per group, errors placed. */
class Ack999WriterTest {

    private static String ack(byte[] content) {
        AtomicLong numbers = new AtomicLong(41);
        return Ack999Writer.write(ClaimFileReview.of(content), () -> String.format("%09d", numbers.incrementAndGet()),
                LocalDateTime.of(2026, 1, 2, 3, 4));
    }

    private static String ack(String content) {
        return ack(content.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String edit(String sample, String from, String to) {
        String text = X12Samples.text(sample);
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    @Test
    void anAcceptedFileIsAcknowledgedFromTheReceiverToTheSenderWithItsGroupAndTransactionNamed() {
        List<String> ack = segments(ack(X12Samples.bytes("837p-lfh-example1-patient-is-dependent.837")));

        assertThat(ack.get(0)).startsWith("ISA*00*          *00*          *30*12345          *30*000000005      *")
                .contains("*000000042*0*T*:");
        assertThat(ack).contains("GS*FA*54321*000000005*20260102*0304*1*X*005010X231A1", "ST*999*0001*005010X231A1",
                "AK1*HC*1*005010X222A2", "AK2*837*0021*005010X222A2", "IK5*A", "AK9*A*1*1*1", "SE*6*0001", "GE*1*1",
                "IEA*1*000000042");
    }

    @Test
    void theWrittenAcknowledgementIsX12ThatReadsBackWithItsCountsRight() {
        String written = ack(X12Samples.bytes("bad-837p-segments-out-of-order.txt"));

        List<X12Interchange> read = new X12Reader().read(written.getBytes(StandardCharsets.UTF_8));

        assertThat(read).hasSize(1);
        assertThat(read.get(0).envelopeErrors()).isEmpty();
        assertThat(read.get(0).groups().get(0).trailerCodes()).isEmpty();
        assertThat(read.get(0).groups().get(0).transactions().get(0).trailerCodes()).isEmpty();
    }

    @Test
    void eachElementErrorIsAnIK4UnderAnIK3NamingItsSegmentPositionAndLoop() {
        List<String> ack = segments(ack(edit("837p-lfh-example1-patient-is-dependent.837", "DMG*D8*19730501*M", "DMG*D8*19731301*X")));

        assertThat(ack).containsSubsequence("IK3*DMG*24*2010CA*8", "IK4*2*1251*8", "IK4*3*1068*7", "IK5*R*5", "AK9*R*1*1*0");
    }

    @Test
    void aWrongSegmentCountRejectsTheTransactionSetWithCode4() {
        List<String> ack = segments(ack(edit("837p-lfh-example1-patient-is-dependent.837", "SE*40*0021", "SE*39*0021")));

        assertThat(ack).contains("IK5*R*4", "AK9*R*1*1*0");
    }

    @Test
    void aMissingRequiredElementIsCode1() {
        List<String> ack = segments(ack(edit("837p-lfh-example1-patient-is-dependent.837", "CLM*26463774*100.00", "CLM**100.00")));

        assertThat(ack).containsSubsequence("IK3*CLM*25*2300*8", "IK4*1*1028*1", "IK5*R*5");
    }

    @Test
    void severalInterchangesInOneFileWithCrlfAndABomAreEachAcknowledgedAndOneRejectedLeavesTheOtherAccepted() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        file.writeBytes(X12Samples.text("837p-lfh-example1-patient-is-dependent.837").replace("~\n", "~\r\n").getBytes(StandardCharsets.ISO_8859_1));
        file.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        file.writeBytes(X12Samples.bytes("bad-837p-missing-required-loops.txt"));

        ClaimFileReview review = ClaimFileReview.of(file.toByteArray());
        List<String> ack = segments(ack(file.toByteArray()));

        assertThat(review.controlNumbers()).containsExactly("000000907", "000000905");
        assertThat(ack.stream().filter(s -> s.startsWith("ISA*"))).hasSize(2);
        assertThat(ack).containsSubsequence("AK9*A*1*1*1", "AK9*R*1*1*0");
        assertThat(review.acceptedClaims()).hasSize(1);
    }

    @Test
    void aGroupWithOneGoodAndOneBadTransactionSetIsPartlyAccepted() {
        String good = X12Samples.text("837p-lfh-example1-patient-is-dependent.837");
        int st = good.indexOf("ST*837");
        int ge = good.indexOf("GE*1*1");
        String transaction = good.substring(st, ge);
        String bad = transaction.replace("ST*837*0021", "ST*837*0022").replace("SE*40*0021", "SE*40*0022")
                .replace("CLM*26463774*100.00", "CLM**100.00");
        String both = good.substring(0, ge) + bad + "GE*2*1~\n" + good.substring(good.indexOf("IEA"));

        List<String> ack = segments(ack(both.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(ack).containsSubsequence("AK2*837*0021*005010X222A2", "IK5*A", "AK2*837*0022*005010X222A2", "IK5*R*5",
                "AK9*P*2*2*1");
    }
}
