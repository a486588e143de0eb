package net.claimsnet.web.x12.envelope;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class X12InterchangeWriterTest {

    private static final InterchangeParty ACME = InterchangeParty.of(CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US"));
    private static final InterchangeParty ST_MARY = InterchangeParty.of(CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US"));
    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 12, 5, 7, 30);

    @Test
    void aPartyIdIsTheOrganisationInCapitalsWithoutPunctuationAtMostFifteenCharacters() {
        assertThat(ST_MARY).isEqualTo(new InterchangeParty("ZZ", "STMARYHOSPITAL"));
        assertThat(ACME.id()).isEqualTo("ACMEHEALTHINSUR");
    }

    @Test
    void anInterchangeWithTwoSetsHasItsControlNumbersAndCountsRepeatedInItsTrailers() {
        String edi = write(SequentialControlNumbers.after(41), interchange -> {
            interchange.transactionSet("835", body -> body.segment("BPR", "I", "100", "C"));
            interchange.transactionSet("835", body -> body.segment("BPR", "H", "0", "C").segment("TRN", "1", "T2"));
        });

        assertThat(edi).startsWith("ISA*00*          *00*          *ZZ*ACMEHEALTHINSUR*ZZ*STMARYHOSPITAL *261205*0730*^*00501*000000042*0*P*:~");
        assertThat(edi).contains("GS*HP*ACMEHEALTHINSUR*STMARYHOSPITAL*20261205*0730*43*X*005010X221A1~");
        assertThat(edi).contains("ST*835*0001*005010X221A1~", "SE*3*0001~", "ST*835*0002*005010X221A1~", "SE*4*0002~");
        assertThat(edi).contains("GE*2*43~", "IEA*1*000000042~");
    }

    @Test
    void staediReadsTheInterchangeBackWithoutAnyControlStructureError() throws Exception {
        String edi = write(SequentialControlNumbers.after(7), interchange ->
                interchange.transactionSet("835", body -> body.segment("BPR", "I", "100", "C")));

        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        List<String> errors = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(edi.getBytes(StandardCharsets.US_ASCII)))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event.isError()) {
                    errors.add(event + " " + reader.getErrorType() + " at " + reader.getLocation());
                } else if (event == EDIStreamEvent.START_SEGMENT) {
                    segments.add(reader.getText());
                }
            }
        }
        assertThat(errors).isEmpty();
        assertThat(segments).containsExactly("ISA", "GS", "ST", "BPR", "SE", "GE", "IEA");
    }

    @Test
    void aWrongSegmentCountIsWhatStaediWouldReport() throws Exception {
        String edi = write(SequentialControlNumbers.after(7), interchange ->
                interchange.transactionSet("835", body -> body.segment("BPR", "I", "100", "C")))
                .replace("SE*3*0001", "SE*4*0001");

        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        List<String> errors = new ArrayList<>();
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(edi.getBytes(StandardCharsets.US_ASCII)))) {
            while (reader.hasNext()) {
                if (reader.next().isError()) {
                    errors.add(String.valueOf(reader.getErrorType()));
                }
            }
        }
        assertThat(errors).isNotEmpty();
    }

    @Test
    void trailingEmptyElementsAreLeftOutAndCompositesUseTheComponentSeparator() {
        String edi = write(SequentialControlNumbers.after(1), interchange -> interchange.transactionSet("835", body -> body
                .segment("SVC", SegmentWriter.Composite.of("HC", "99213", "25"), "100", "80", null, "")
                .segment("CAS", "CO", "45", "20", null, null)));
        assertThat(edi).contains("SVC*HC:99213:25*100*80~", "CAS*CO*45*20~");
    }

    @Test
    void aDelimiterInsideFreeTextIsWrittenAsASpaceSoItCannotSplitTheSegment() {
        String edi = write(SequentialControlNumbers.after(1), interchange -> interchange.transactionSet("835", body -> body
                .segment("N1", "PE", "Smith*Jones~Clinic:East^West")));
        assertThat(edi).contains("N1*PE*Smith Jones Clinic East West~");
    }

    @Test
    void controlNumbersWrapAfterNineNines() {
        SequentialControlNumbers numbers = SequentialControlNumbers.after(999_999_998L);
        assertThat(numbers.nextInterchange()).isEqualTo(999_999_999L);
        assertThat(numbers.nextGroup()).isEqualTo(1L);
    }

    @Test
    void aSetCannotBeWrittenAfterTheInterchangeIsClosed() {
        X12InterchangeWriter interchange = X12InterchangeWriter.open(new ByteArrayOutputStream(), header(), SequentialControlNumbers.after(1));
        interchange.close();
        assertThatThrownBy(() -> interchange.transactionSet("835", body -> { }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aGroupIdentifierOfOtherThanTwoCharactersIsRefused() {
        assertThatThrownBy(() -> InterchangeHeader.of(ACME, ST_MARY, "H", "005010X221A1", CREATED))
                .hasMessageContaining("GS01 has 2 characters");
    }

    private static InterchangeHeader header() {
        return InterchangeHeader.of(ACME, ST_MARY, "HP", "005010X221A1", CREATED);
    }

    private static String write(ControlNumbers numbers, java.util.function.Consumer<X12InterchangeWriter> sets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (X12InterchangeWriter interchange = X12InterchangeWriter.open(out, header(), numbers, X12Delimiters.STANDARD, false)) {
            sets.accept(interchange);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
