package net.claimsnet.rules.drools;

import net.claimsnet.rules.fact.ClaimFact;
import net.claimsnet.rules.fact.DiagnosisFact;
import net.claimsnet.rules.fact.LineFact;
import net.claimsnet.rules.reference.ProcedurePairEdit;
import org.kie.api.runtime.KieSession;

import java.util.List;

/**
 * Everything one claim puts in working memory: the claim, its lines, its diagnoses (scrubbing only) and
 * the procedure-pair edits between codes the claim actually bills, so that no rule scans a whole table.
 */
record ClaimFacts(ClaimFact claim, List<DiagnosisFact> diagnoses, List<ProcedurePairEdit> pairEdits) {

    void insertInto(KieSession session) {
        session.insert(claim);
        for (LineFact line : claim.getLines()) {
            session.insert(line);
        }
        for (DiagnosisFact diagnosis : diagnoses) {
            session.insert(diagnosis);
        }
        for (ProcedurePairEdit edit : pairEdits) {
            session.insert(edit);
        }
    }
}
