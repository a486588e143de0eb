package net.claimsnet.web.x12.remittance;

import net.claimsnet.states.ClaimState;
import net.corda.core.identity.CordaX500Name;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One payment from a payer to a payee: the settled claims that share the insurer, the provider, the
 * billing NPI, the EFT trace number and the payment date. One 835 transaction set reports it.
 */
public record Payment(CordaX500Name payer, CordaX500Name payee, String payeeNpi, String traceNumber,
                      LocalDate paymentDate, List<ClaimState> claims) {

    public Payment {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(traceNumber, "traceNumber");
        Objects.requireNonNull(paymentDate, "paymentDate");
        claims = List.copyOf(claims);
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("A payment settles at least one claim");
        }
    }

    /** BPR02: what the ledger says was paid, the sum of the claims' settlement amounts. */
    public BigDecimal total() {
        return claims.stream().map(c -> c.getSettlement().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
