package net.claimsnet.web.x12.remittance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 005010X221A1 balancing rules, checked on an 835 as read back:
 * <ul>
 * <li>per service line, SVC02 - SVC03 = the line's CAS amounts;</li>
 * <li>per claim, CLP03 - CLP04 = the CAS amounts of the claim and of its lines;</li>
 * <li>per claim with lines, the lines' SVC02 add up to CLP03;</li>
 * <li>per claim, CLP05 (when present) = the PR adjustments (the patient's share);</li>
 * <li>per transaction, BPR02 = the CLP04 amounts less the PLB provider adjustments.</li>
 * </ul>
 */
public final class Remittance835Balancing {

    private Remittance835Balancing() {
    }

    /** Each rule broken, naming the transaction, claim and line and both figures; empty when the file balances. */
    public static List<String> problems(Remittance835 remittance) {
        List<String> problems = new ArrayList<>();
        for (Remittance835.Transaction transaction : remittance.transactions()) {
            String where = "transaction " + transaction.controlNumber();
            BigDecimal claimsPaid = BigDecimal.ZERO;
            for (Remittance835.Claim claim : transaction.claims()) {
                checkClaim(problems, where + " claim " + claim.claimId(), claim);
                claimsPaid = claimsPaid.add(claim.paid());
            }
            BigDecimal expected = claimsPaid.subtract(transaction.providerAdjustments());
            if (transaction.paymentTotal() == null || expected.compareTo(transaction.paymentTotal()) != 0) {
                problems.add(where + ": BPR02 " + transaction.paymentTotal() + " is not the claims' CLP04 total " + claimsPaid
                        + " less PLB " + transaction.providerAdjustments());
            }
        }
        return problems;
    }

    private static void checkClaim(List<String> problems, String where, Remittance835.Claim claim) {
        BigDecimal adjusted = sum(claim.adjustments());
        BigDecimal lineCharges = BigDecimal.ZERO;
        int number = 0;
        for (Remittance835.Line line : claim.lines()) {
            number++;
            BigDecimal lineAdjusted = sum(line.adjustments());
            if (line.charge().subtract(line.paid()).compareTo(lineAdjusted) != 0) {
                problems.add(where + " line " + number + " (" + line.procedure() + "): SVC02 " + line.charge() + " - SVC03 "
                        + line.paid() + " is not its CAS total " + lineAdjusted);
            }
            adjusted = adjusted.add(lineAdjusted);
            lineCharges = lineCharges.add(line.charge());
        }
        if (claim.charge().subtract(claim.paid()).compareTo(adjusted) != 0) {
            problems.add(where + ": CLP03 " + claim.charge() + " - CLP04 " + claim.paid() + " is not the CAS total " + adjusted);
        }
        if (!claim.lines().isEmpty() && lineCharges.compareTo(claim.charge()) != 0) {
            problems.add(where + ": the lines' SVC02 total " + lineCharges + " is not CLP03 " + claim.charge());
        }
        if (claim.patientResponsibility() != null) {
            BigDecimal patient = claim.adjustments().stream().filter(a -> "PR".equals(a.group()))
                    .map(Remittance835.Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            for (Remittance835.Line line : claim.lines()) {
                patient = patient.add(line.adjustments().stream().filter(a -> "PR".equals(a.group()))
                        .map(Remittance835.Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            if (patient.compareTo(claim.patientResponsibility()) != 0) {
                problems.add(where + ": CLP05 " + claim.patientResponsibility() + " is not the PR adjustments' total " + patient);
            }
        }
    }

    private static BigDecimal sum(List<Remittance835.Adjustment> adjustments) {
        return adjustments.stream().map(Remittance835.Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
