package net.claimsnet.web.desk.admin;

import net.claimsnet.node.desk.Enrollment;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnrolmentCsvTest {

    private static final Set<String> PLANS = Set.of("ACME-PPO-GOLD", "ACME-HMO-SILVER");
    private static final String HEADER = "memberId,subscriberId,planId,effectiveFrom,effectiveTo\n";

    @Test
    void goodLinesBecomeEnrolmentsWithTheirLineNumbers() throws Exception {
        EnrolmentCsv.Parsed parsed = EnrolmentCsv.parse(HEADER
                + "M-1,,ACME-PPO-GOLD,2026-01-01,\n"
                + "M-2,M-1,ACME-HMO-SILVER,2026-03-01,2026-06-30\n", PLANS);

        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new EnrolmentRow(2, new Enrollment("M-1", null, "ACME-PPO-GOLD", LocalDate.of(2026, 1, 1), null)),
                new EnrolmentRow(3, new Enrollment("M-2", "M-1", "ACME-HMO-SILVER", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30))));
        assertThat(parsed.lineCount()).isEqualTo(2);
    }

    @Test
    void columnsMayComeInAnyOrderAndCaseAndTheOptionalOnesMayBeLeftOut() throws Exception {
        EnrolmentCsv.Parsed parsed = EnrolmentCsv.parse("EFFECTIVEFROM,planid,MemberId\n2026-02-01,ACME-PPO-GOLD,M-7\n", PLANS);

        assertThat(parsed.rows()).containsExactly(
                new EnrolmentRow(2, new Enrollment("M-7", null, "ACME-PPO-GOLD", LocalDate.of(2026, 2, 1), null)));
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreRead() throws Exception {
        byte[] file = ("\uFEFF" + HEADER.replace("\n", "\r\n") + "M-1,,ACME-PPO-GOLD,2026-01-01,\r\n"
                + "M-2,,ACME-PPO-GOLD,2026-01-01,2026-12-31\r\n").getBytes(StandardCharsets.UTF_8);

        EnrolmentCsv.Parsed parsed = EnrolmentCsv.parse(file, PLANS);

        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.rows()).extracting(EnrolmentRow::line).containsExactly(2, 3);
        assertThat(parsed.rows().get(1).enrollment().effectiveTo()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void quotedFieldsLoseTheirQuotesAndBlankLinesAreSkippedButCounted() throws Exception {
        EnrolmentCsv.Parsed parsed = EnrolmentCsv.parse(HEADER + "\n\"M-1\",\"\",\"ACME-PPO-GOLD\",2026-01-01,\n", PLANS);

        assertThat(parsed.rows()).containsExactly(
                new EnrolmentRow(3, new Enrollment("M-1", null, "ACME-PPO-GOLD", LocalDate.of(2026, 1, 1), null)));
    }

    @Test
    void eachKindOfBadLineIsRejectedWithItsLineNumberAndReasonAndTheOthersGoOn() throws Exception {
        EnrolmentCsv.Parsed parsed = EnrolmentCsv.parse(HEADER
                + "M-1,,ACME-PPO-GOLD,2026-01-01,\n"          // 2 good
                + "M-2,,ACME-PPO-GOLD,2026-01-01\n"           // 3 a field short
                + ",,ACME-PPO-GOLD,2026-01-01,\n"             // 4 no member
                + "M-4,,ACME-PLATINUM,2026-01-01,\n"          // 5 unknown plan
                + "M-5,,,2026-01-01,\n"                       // 6 no plan
                + "M-6,,ACME-PPO-GOLD,01/02/2026,\n"          // 7 date not yyyy-MM-dd
                + "M-7,,ACME-PPO-GOLD,,\n"                    // 8 no start date
                + "M-8,,ACME-PPO-GOLD,2026-05-01,2026-04-30\n"// 9 ends before it starts
                + "M-9,,ACME-PPO-GOLD,2026-01-01,2026-13-01\n"// 10 bad end date
                + "\"M-10,,ACME-PPO-GOLD,2026-01-01,\n"        // 11 quote not closed
                + "M-11,,ACME-HMO-SILVER,2026-01-01,\n", PLANS); // 12 good

        assertThat(parsed.rows()).extracting(EnrolmentRow::line).containsExactly(2, 12);
        List<EnrolmentRow> rejected = parsed.rejected();
        assertThat(rejected).extracting(EnrolmentRow::line).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(rejected).allMatch(r -> r.isRefused() && r.enrollment() == null);
        assertThat(parsed.lines()).extracting(EnrolmentRow::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(rejected.get(0).problem()).isEqualTo("The line has 4 fields but the header names 5 columns: check for a missing or extra comma");
        assertThat(rejected.get(1).problem()).isEqualTo("memberId is empty: give the member's id");
        assertThat(rejected.get(2).problem()).isEqualTo("planId ACME-PLATINUM is not one of this insurer's plans (ACME-HMO-SILVER, ACME-PPO-GOLD)");
        assertThat(rejected.get(2).memberId()).isEqualTo("M-4");
        assertThat(rejected.get(3).problem()).isEqualTo("planId is empty: give one of the plan ids listed on this page");
        assertThat(rejected.get(4).problem()).isEqualTo("effectiveFrom \"01/02/2026\" is not a date as yyyy-MM-dd (for example 2026-01-01)");
        assertThat(rejected.get(5).problem()).isEqualTo("effectiveFrom is empty: give the first covered day as yyyy-MM-dd");
        assertThat(rejected.get(6).problem()).isEqualTo("effectiveTo 2026-04-30 is before effectiveFrom 2026-05-01");
        assertThat(rejected.get(7).problem()).isEqualTo("effectiveTo \"2026-13-01\" is not a date as yyyy-MM-dd (for example 2026-01-01)");
        assertThat(rejected.get(8).problem()).isEqualTo("A quoted field is not closed: end it with a double quote (\") on the same line");
        assertThat(parsed.lineCount()).isEqualTo(11);
    }

    @Test
    void aLineWithSeveralMistakesNamesThemAll() throws Exception {
        EnrolmentCsv.Parsed parsed = EnrolmentCsv.parse(HEADER + ",,,,\n", PLANS);

        assertThat(parsed.rejected()).singleElement().extracting(EnrolmentRow::problem).isEqualTo(
                "memberId is empty: give the member's id; planId is empty: give one of the plan ids listed on this page;"
                        + " effectiveFrom is empty: give the first covered day as yyyy-MM-dd");
    }

    @Test
    void plansAreNotCheckedWhenNoneAreKnown() throws Exception {
        EnrolmentCsv.Parsed parsed = EnrolmentCsv.parse(HEADER + "M-1,,ANY-PLAN,2026-01-01,\n", Set.of());

        assertThat(parsed.rows()).hasSize(1);
    }

    @Test
    void aFileThatCannotBeReadAsAWholeIsRefusedSayingWhatToChange() {
        assertThatThrownBy(() -> EnrolmentCsv.parse("\n\n", PLANS))
                .isInstanceOf(EnrolmentCsv.FileRefusedException.class).hasMessageStartingWith("The file is empty");
        assertThatThrownBy(() -> EnrolmentCsv.parse(HEADER, PLANS))
                .hasMessage("The file has a header but no members: add one member per line under it.");
        assertThatThrownBy(() -> EnrolmentCsv.parse("memberId,planId,start\nM-1,ACME-PPO-GOLD,2026-01-01\n", PLANS))
                .hasMessageStartingWith("The header names a column \"start\" this file cannot have");
        assertThatThrownBy(() -> EnrolmentCsv.parse("memberId,planId\nM-1,ACME-PPO-GOLD\n", PLANS))
                .hasMessageStartingWith("The header lacks the column effectiveFrom");
        assertThatThrownBy(() -> EnrolmentCsv.parse("memberId,planId,memberId,effectiveFrom\n", PLANS))
                .hasMessage("The header names the column memberId twice.");
        assertThatThrownBy(() -> EnrolmentCsv.parse(new byte[]{'m', (byte) 0xC3, (byte) 0x28}, PLANS))
                .hasMessageStartingWith("The file is not UTF-8 text");
    }

    @Test
    void aFileWithMoreMembersThanOneUploadTakesIsRefused() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i <= EnrolmentCsv.MAX_MEMBERS; i++) {
            file.append("M-").append(i).append(",,ACME-PPO-GOLD,2026-01-01,\n");
        }

        assertThatThrownBy(() -> EnrolmentCsv.parse(file.toString(), PLANS))
                .hasMessageStartingWith("The file has more than " + EnrolmentCsv.MAX_MEMBERS + " members");
    }

    @Test
    void theSampleFileReadsWithoutRejectionsOnTheNodesPlans() throws Exception {
        String sample = EnrolmentCsv.sample(List.of("ACME-HMO-SILVER", "ACME-PPO-GOLD"), 2026);

        EnrolmentCsv.Parsed parsed = EnrolmentCsv.parse(sample, PLANS);

        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.rows()).hasSize(3);
        assertThat(parsed.rows().get(1).enrollment().subscriberId()).isEqualTo("M-100234");
    }
}
