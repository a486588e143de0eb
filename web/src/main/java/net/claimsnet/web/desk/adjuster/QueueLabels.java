package net.claimsnet.web.desk.adjuster;

import net.claimsnet.states.ClaimStatus;

/** What each work queue is called on screen. */
final class QueueLabels {

    private QueueLabels() {
    }

    static String of(ClaimStatus status) {
        if (status == null) {
            return "";
        }
        switch (status) {
            case SUBMITTED:
                return "New (submitted)";
            case PENDED:
                return "Pended for review";
            case INFO_PROVIDED:
                return "Information provided";
            case APPEALED:
                return "Appealed";
            case INFO_REQUESTED:
                return "Awaiting the provider's information";
            default:
                return status.name();
        }
    }
}
