package net.claimsnet.web.x12.remittance;

import java.util.List;

/** An 835 whose amounts do not reconcile; each problem names the claim (and line) and both figures. */
public class UnbalancedRemittanceException extends RuntimeException {

    private final List<String> problems;

    public UnbalancedRemittanceException(List<String> problems) {
        super("The 835 does not balance: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
