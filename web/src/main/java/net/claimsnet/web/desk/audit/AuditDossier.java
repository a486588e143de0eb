package net.claimsnet.web.desk.audit;

import net.claimsnet.web.desk.claims.ClaimLineRow;
import net.claimsnet.node.desk.ClaimTransaction;
import net.claimsnet.node.desk.NodeReadLog;
import net.claimsnet.node.desk.TransactionIntegrity;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.ServiceLine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an audit dossier holds, in words and numbers ready to print: the claim's facts, its lines with
 * their decisions, its timeline (signers, notarisation), the integrity check and the read log of each node that gave it.
 */
public record AuditDossier(String claimId, String ledgerId, String status, Map<String, String> facts,
                           List<Line> lines, List<ClaimTransaction> timeline, List<TransactionIntegrity> integrity,
                           List<NodeReadLog> readLogs, String node, String generatedBy, Instant generatedAt) {

    /** One service line and how it was decided. */
    public record Line(int sequence, String procedure, String dateOfService, BigDecimal charge, String decision,
                       BigDecimal allowed, BigDecimal paid, String adjustments) {
    }

    public static AuditDossier of(ClaimState claim, String ledgerId, List<ClaimTransaction> timeline,
                                  List<TransactionIntegrity> integrity, List<NodeReadLog> readLogs,
                                  String node, String generatedBy, Instant generatedAt) {
        ClaimDetails details = claim.getClaim();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Claim id", details.getClaimId());
        facts.put("Ledger id", ledgerId);
        facts.put("Status", claim.getStatus().name());
        facts.put("Member", details.getPatient().getMemberId());
        facts.put("Provider", claim.getProvider().getName().toString() + " (NPI " + details.getBillingProviderNpi() + ")");
        facts.put("Insurer", claim.getInsurer().getName().toString());
        facts.put("Type", details.getType() + " " + details.getUse() + ", frequency " + details.getFrequencyCode());
        facts.put("Diagnoses", String.join(", ", details.getDiagnosisCodes()));
        if (claim.getAdjudication() != null) {
            facts.put("Adjudication", claim.getAdjudication().getOutcome() + ", round " + claim.getAdjudication().getRound()
                    + ", decided by " + claim.getAdjudication().getDecidedBy() + ", rule set "
                    + claim.getAdjudication().getRuleSetVersion());
        }
        if (claim.getSettlement() != null) {
            facts.put("Payment", claim.getSettlement().getAmount() + " on " + claim.getSettlement().getPaymentDate()
                    + ", EFT " + claim.getSettlement().getEftTraceNumber());
        }
        List<Line> lines = new ArrayList<>();
        for (ClaimLineRow row : ClaimLineRow.of(claim)) {
            ServiceLine line = row.getLine();
            LineAdjudication decision = row.getAdjudication();
            lines.add(new Line(line.getSequence(), line.getProcedureCode(), String.valueOf(line.getDateOfService()),
                    line.getCharge(), decision == null ? "not decided" : decision.getDecision().name(),
                    decision == null ? null : decision.getAllowed(), decision == null ? null : decision.getPaid(),
                    decision == null ? "" : decision.getAdjustments().stream().map(AuditDossier::describe)
                            .collect(Collectors.joining(", "))));
        }
        return new AuditDossier(details.getClaimId(), ledgerId, claim.getStatus().name(), facts, lines, timeline,
                integrity, readLogs, node, generatedBy, generatedAt);
    }

    private static String describe(Adjustment adjustment) {
        return adjustment.getGroup() + "-" + adjustment.getCarc()
                + (adjustment.getRarc() == null || adjustment.getRarc().isBlank() ? "" : "/" + adjustment.getRarc())
                + " " + adjustment.getAmount();
    }
}
