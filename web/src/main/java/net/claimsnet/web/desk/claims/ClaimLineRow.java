package net.claimsnet.web.desk.claims;

import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.ServiceLine;

/** One service line as the claim page shows it: what was billed, and how it was decided (null until adjudicated). */
public final class ClaimLineRow {

    private final ServiceLine line;
    private final LineAdjudication adjudication;

    public ClaimLineRow(ServiceLine line, LineAdjudication adjudication) {
        this.line = line;
        this.adjudication = adjudication;
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
