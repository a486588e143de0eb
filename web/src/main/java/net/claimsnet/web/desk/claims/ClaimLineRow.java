package net.claimsnet.web.desk.claims;

import net.claimsnet.states.ClaimState;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.ServiceLine;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One service line as the claim page shows it: what was billed, and how it was decided (null until adjudicated). */
public final class ClaimLineRow {

    private final ServiceLine line;
    private final LineAdjudication adjudication;

    public ClaimLineRow(ServiceLine line, LineAdjudication adjudication) {
        this.line = line;
        this.adjudication = adjudication;
    }

    /** Each service line of the claim with its decision, in the claim's order. */
    public static List<ClaimLineRow> of(ClaimState claim) {
        Map<Integer, LineAdjudication> decided = claim.getAdjudication() == null ? Map.of()
                : claim.getAdjudication().getLines().stream()
                .collect(Collectors.toMap(LineAdjudication::getSequence, Function.identity(), (a, b) -> b));
        return claim.getClaim().getServiceLines().stream()
                .map(line -> new ClaimLineRow(line, decided.get(line.getSequence())))
                .collect(Collectors.toList());
    }

    public ServiceLine getLine() {
        return line;
    }

    public LineAdjudication getAdjudication() {
        return adjudication;
    }

    public boolean isDecided() {
        return adjudication != null;
    }

    public String getModifiers() {
        return String.join(", ", line.getModifiers());
    }

    public String getDiagnosisPointers() {
        StringBuilder pointers = new StringBuilder();
        for (Integer pointer : line.getDiagnosisPointers()) {
            pointers.append(pointers.length() == 0 ? "" : ", ").append(pointer);
        }
        return pointers.toString();
    }
}
