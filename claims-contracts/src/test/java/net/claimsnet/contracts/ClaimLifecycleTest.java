package net.claimsnet.contracts;

import net.claimsnet.states.Adjudication;
import net.claimsnet.states.AdjudicationOutcome;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Settlement;
import net.claimsnet.states.Sex;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle as a table, written out here by hand: every command against every status, allowed or
 * refused with the rule's sentence. The contract tests show the contract applying it; the desk's and the
 * flows' tests show them refusing by it.
 */
class ClaimLifecycleTest {

    /** Columns, in this order: the statuses a claim may be in. */
    private static final ClaimStatus[] COLUMNS = {
        ClaimStatus.SUBMITTED, ClaimStatus.PENDED, ClaimStatus.INFO_REQUESTED, ClaimStatus.INFO_PROVIDED,
        ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED, ClaimStatus.DENIED, ClaimStatus.SETTLED,
        ClaimStatus.APPEALED, ClaimStatus.VOIDED, ClaimStatus.REPLACED,
    };

    /** Y: the command may follow the status; '.': it is refused. */
    private static final Map<ClaimLifecycle, String> TABLE = new EnumMap<>(ClaimLifecycle.class);
    private static final Map<ClaimLifecycle, String> SENTENCES = new EnumMap<>(ClaimLifecycle.class);

    static {
        //                                             SUB PEN IRQ IPR APR PAR DEN SET APL VOI REP
        row(ClaimLifecycle.REQUEST_INFORMATION,      " Y   Y   .   Y   .   .   .   .   .   .   . ",
                "Information can only be requested on a submitted, pended or answered claim");
        row(ClaimLifecycle.PROVIDE_INFORMATION,      " .   .   Y   .   .   .   .   .   .   .   . ",
                "Information can only be provided on a claim awaiting information");
        row(ClaimLifecycle.PEND,                     " Y   .   .   Y   .   .   .   .   Y   .   . ",
                "Only a submitted, answered or appealed claim can be pended");
        row(ClaimLifecycle.ADJUDICATE,               " Y   Y   .   Y   .   .   .   .   Y   .   . ",
                "Only a submitted, pended, answered or appealed claim can be adjudicated");
        row(ClaimLifecycle.SETTLE,                   " .   .   .   .   Y   Y   .   .   .   .   . ",
                "Only an approved or partially approved claim can be settled");
        row(ClaimLifecycle.APPEAL,                   " .   .   .   .   Y   Y   Y   Y   .   .   . ",
                "Only an adjudicated or settled claim can be appealed");
        row(ClaimLifecycle.VOID,                     " Y   Y   Y   Y   Y   Y   Y   .   Y   .   . ",
                "Only an unsettled claim can be voided");
        row(ClaimLifecycle.REPLACE,                  " Y   Y   Y   Y   Y   Y   Y   .   Y   .   . ",
                "Only an unsettled claim can be replaced");
    }

    private static void row(ClaimLifecycle command, String cells, String sentence) {
        TABLE.put(command, cells.replace(" ", ""));
        SENTENCES.put(command, sentence);
    }

    @Test
    void everyCommandAgainstEveryStatusIsAllowedOrRefusedWithItsRuleAsTheTableSays() {
        assertThat(TABLE.keySet()).containsExactlyInAnyOrder(ClaimLifecycle.values());
        assertThat(COLUMNS).containsExactlyInAnyOrder(ClaimStatus.values());
        for (ClaimLifecycle command : ClaimLifecycle.values()) {
            String cells = TABLE.get(command);
            assertThat(cells).as(command.name()).hasSize(COLUMNS.length);
            for (int i = 0; i < COLUMNS.length; i++) {
                ClaimStatus status = COLUMNS[i];
                boolean allowed = cells.charAt(i) == 'Y';
                String expected = allowed ? "allowed" : SENTENCES.get(command) + "; claim c-1 is " + status;
                String actual = command.allowedIn(status) ? "allowed" : command.refusal("c-1", status);
                assertThat(actual).as(command + " after " + status).isEqualTo(expected);
                assertThat(command.allowedOn(claimIn(status))).as(command + " on a claim in " + status)
                        .isEqualTo(allowed);
            }
            assertThat(command.rule()).isEqualTo(SENTENCES.get(command));
        }
    }

    @Test
    void noStatusAndNoClaimAllowNothing() {
        for (ClaimLifecycle command : ClaimLifecycle.values()) {
            assertThat(command.allowedIn(null)).as(command.name()).isFalse();
            assertThat(command.allowedOn(null)).as(command.name()).isFalse();
        }
    }

    @Test
    void settlingAndAppealingNeedAnAdjudicationWhateverTheStatusSays() {
        ClaimState approvedWithoutDecision = claim().withStatus(ClaimStatus.APPROVED);

        assertThat(ClaimLifecycle.SETTLE.allowedOn(approvedWithoutDecision)).isFalse();
        assertThat(ClaimLifecycle.APPEAL.allowedOn(approvedWithoutDecision)).isFalse();
        assertThat(ClaimLifecycle.SETTLE.allowedOn(approvedWithoutDecision.withAdjudication(decision()))).isTrue();
        assertThat(ClaimLifecycle.APPEAL.allowedOn(approvedWithoutDecision.withAdjudication(decision()))).isTrue();
    }

    @Test
    void aPaidClaimIsNeverVoidedOrReplacedEvenWhenItsAppealReopenedIt() {
        ClaimState appealed = claim().withAdjudication(decision()).withStatus(ClaimStatus.APPEALED);
        ClaimState paidThenAppealed = appealed.withSettlement(payment());

        assertThat(ClaimLifecycle.VOID.allowedOn(appealed)).isTrue();
        assertThat(ClaimLifecycle.REPLACE.allowedOn(appealed)).isTrue();
        assertThat(ClaimLifecycle.VOID.allowedOn(paidThenAppealed)).isFalse();
        assertThat(ClaimLifecycle.REPLACE.allowedOn(paidThenAppealed)).isFalse();
        assertThat(ClaimLifecycle.ADJUDICATE.allowedOn(paidThenAppealed)).isTrue();
    }

    @Test
    void aRefusalOfAClaimNamesItByItsLedgerId() {
        ClaimState denied = claim().withStatus(ClaimStatus.DENIED);

        assertThat(ClaimLifecycle.SETTLE.refusal(denied))
                .isEqualTo("Only an approved or partially approved claim can be settled; claim "
                        + denied.getLinearId().getId() + " is DENIED");
    }

    /** A claim in the status carrying what such a claim carries on the ledger: a decision once decided, a payment once settled. */
    private static ClaimState claimIn(ClaimStatus status) {
        ClaimState claim = claim().withStatus(status);
        boolean decided = Arrays.asList(ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED, ClaimStatus.DENIED,
                ClaimStatus.SETTLED, ClaimStatus.APPEALED).contains(status);
        if (decided) {
            claim = claim.withAdjudication(decision());
        }
        return status == ClaimStatus.SETTLED ? claim.withSettlement(payment()) : claim;
    }

    private static ClaimState claim() {
        ServiceLine line = new ServiceLine(1, "99213", Collections.<String>emptyList(), 1, new BigDecimal("150.00"),
                LocalDate.of(2025, 3, 3), "11", Collections.singletonList(1));
        ClaimDetails details = new ClaimDetails("CLM-LIFECYCLE-1", ClaimType.PROFESSIONAL, ClaimUse.CLAIM,
                new Patient("M-1001", "Ana", "Silva", LocalDate.of(1975, 8, 14), Sex.F), "S-1001", "1234567893",
                "ACME", new ArrayList<>(Collections.singletonList("E11.9")), null, FrequencyCode.ORIGINAL, null,
                new ArrayList<>(), new ArrayList<>(Collections.singletonList(line)));
        return ClaimState.submitted(party("St Mary"), party("Acme"), details, new UniqueIdentifier("COV-M-1001"));
    }

    private static Adjudication decision() {
        return new Adjudication(Collections.emptyList(), AdjudicationOutcome.APPROVED, "rules-1", "rules", 1);
    }

    private static Settlement payment() {
        return new Settlement(new BigDecimal("120.00"), LocalDate.of(2025, 4, 1), "EFT-1");
    }

    private static Party party(String organisation) {
        try {
            PublicKey key = KeyPairGenerator.getInstance("EC").generateKeyPair().getPublic();
            return new Party(new CordaX500Name(organisation, "London", "GB"), key);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
