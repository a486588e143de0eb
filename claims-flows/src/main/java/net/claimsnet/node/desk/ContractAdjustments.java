package net.claimsnet.node.desk;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;

/** How the claim contract reads an adjustment, for the desk's checks and reports to read it the same way. */
final class ContractAdjustments {

    private ContractAdjustments() {
    }

    /**
     * The contract's rule: the fee schedule (CO-45) and the patient's share (PR) leave a line approved;
     * any other adjustment with an amount reduces or denies it.
     */
    static boolean isWriteOffOrPatientShare(Adjustment adjustment) {
        return adjustment.getGroup() == AdjustmentGroup.PR
                || adjustment.getGroup() == AdjustmentGroup.CO && ClaimContract.CARC_FEE_SCHEDULE.equals(adjustment.getCarc())
                || adjustment.getAmount() == null || adjustment.getAmount().signum() == 0;
    }
}
