package net.claimsnet.rules.fact;

import net.claimsnet.rules.reference.DiagnosisCode;

/** One diagnosis on the claim, with its position and its entry in the curated code list (null if absent). */
public final class DiagnosisFact {

    private final ClaimFact claim;
    private final int index;
    private final String code;
    private final DiagnosisCode entry;

    public DiagnosisFact(ClaimFact claim, int index, String code, DiagnosisCode entry) {
        this.claim = claim;
        this.index = index;
        this.code = code;
        this.entry = entry;
    }

    public ClaimFact getClaim() {
        return claim;
    }

    /** 0-based position; pointers on lines are this plus one. */
    public int getIndex() {
        return index;
    }

    public int getPointer() {
        return index + 1;
    }

    public String getCode() {
        return code;
    }

    public DiagnosisCode getEntry() {
        return entry;
    }

    public boolean isPrincipal() {
        return index == 0;
    }

    public boolean isWellFormed() {
        return CodeFormats.isIcd10Cm(code);
    }

    public String getPath() {
        return "diagnosisCodes[" + index + "]";
    }
}
