package net.claimsnet.web.x12.remittance;

import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.Settlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Settled claims gathered into payments: one per payer, payee, billing NPI, EFT trace number and payment date. */
public final class Payments {

    private Payments() {
    }

    private record Key(String payer, String payee, String npi, String trace, LocalDate date) {
    }

    /** The payments the settled claims make up, oldest payment first; claims not settled are left out. */
    public static List<Payment> of(List<ClaimState> claims) {
        Map<Key, List<ClaimState>> grouped = new LinkedHashMap<>();
        claims.stream()
                .filter(c -> c.getStatus() == ClaimStatus.SETTLED && c.getSettlement() != null && c.getAdjudication() != null)
                .sorted(Comparator.comparing((ClaimState c) -> c.getSettlement().getPaymentDate())
                        .thenComparing(c -> c.getSettlement().getEftTraceNumber())
                        .thenComparing(c -> c.getClaim().getClaimId()))
                .forEach(c -> grouped.computeIfAbsent(keyOf(c), k -> new ArrayList<>()).add(c));
        List<Payment> payments = new ArrayList<>(grouped.size());
        grouped.forEach((key, settled) -> {
            ClaimState first = settled.get(0);
            payments.add(new Payment(first.getInsurer().getName(), first.getProvider().getName(), key.npi(), key.trace(),
                    key.date(), settled));
        });
        return payments;
    }

    private static Key keyOf(ClaimState claim) {
        Settlement settlement = claim.getSettlement();
        return new Key(claim.getInsurer().getName().toString(), claim.getProvider().getName().toString(),
                Objects.toString(claim.getClaim().getBillingProviderNpi(), ""), settlement.getEftTraceNumber(),
                settlement.getPaymentDate());
    }
}
