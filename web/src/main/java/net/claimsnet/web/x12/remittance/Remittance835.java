package net.claimsnet.web.x12.remittance;

import java.math.BigDecimal;
import java.util.List;

/**
 * An 835 as read back: the figures the balancing rules look at, per transaction set, claim and
 * service line, and the syntax errors StAEDI reported against the 835 schema.
 */
public record Remittance835(List<Transaction> transactions, List<String> syntaxErrors) {

    /** One ST..SE: BPR02, TRN02, its claims and the PLB provider adjustments' total. */
    public record Transaction(String controlNumber, BigDecimal paymentTotal, String traceNumber, List<Claim> claims,
                              BigDecimal providerAdjustments) {
    }

    /** One CLP: CLP01, CLP03, CLP04, CLP05 (null when absent), the claim-level CAS and its SVC lines. */
    public record Claim(String claimId, BigDecimal charge, BigDecimal paid, BigDecimal patientResponsibility,
                        List<Adjustment> adjustments, List<Line> lines) {
    }

    /** One SVC: SVC01 as written, SVC02, SVC03, its CAS and its LQ remark codes. */
    public record Line(String procedure, BigDecimal charge, BigDecimal paid, List<Adjustment> adjustments, List<String> remarks) {
    }

    /** One reason/amount pair of a CAS, with the segment's group code. */
    public record Adjustment(String group, String reason, BigDecimal amount) {
    }
}
