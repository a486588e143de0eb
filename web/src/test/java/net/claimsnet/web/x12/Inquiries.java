package net.claimsnet.web.x12;

import net.claimsnet.web.x12.envelope.X12Document;
import net.claimsnet.web.x12.envelope.X12DocumentReader;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** 270 inquiries written by hand for the tests, as a clinic's system would send them. */
final class Inquiries {

    private Inquiries() {
    }

    /** One subscriber (Jane Doe, the given member id) asked about for health benefit plan coverage on the date (CCYYMMDD). */
    static String forMember(String memberId, String date) {
        return "ISA*00*          *00*          *ZZ*CLINIC001      *ZZ*ACMEHEALTHINSUR*250310*0900*^*00501*000000777*0*P*:~\n"
                + "GS*HS*CLINIC001*ACMEHEALTHINSUR*20250310*0900*777*X*005010X279A1~\n"
                + "ST*270*0001*005010X279A1~\n"
                + "BHT*0022*13*REF-42*20250310*0900~\n"
                + "HL*1**20*1~\n"
                + "NM1*PR*2*ACME HEALTH INSURANCE*****PI*ACMEHEALTHINSUR~\n"
                + "HL*2*1*21*1~\n"
                + "NM1*1P*2*ST MARY HOSPITAL*****XX*1234567893~\n"
                + "HL*3*2*22*0~\n"
                + "TRN*1*TRACE-1*9CLINIC001~\n"
                + "NM1*IL*1*DOE*JANE****MI*" + memberId + "~\n"
                + "DTP*291*D8*" + date + "~\n"
                + "EQ*30~\n"
                + "SE*12*0001~\n"
                + "GE*1*777~\n"
                + "IEA*1*000000777~\n";
    }

    /** A 271 read back by StAEDI (envelope, counts and control numbers checked). */
    static X12Document readBack(String edi) {
        return new X12DocumentReader(Map.of()).read(edi.getBytes(StandardCharsets.US_ASCII));
    }
}
