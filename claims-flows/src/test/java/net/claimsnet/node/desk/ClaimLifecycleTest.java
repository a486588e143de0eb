package net.claimsnet.node.desk;

import net.claimsnet.states.ClaimStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycle's rules as the desk's pages read them (the desk's refusals are tested in ClaimDeskTest). */
class ClaimLifecycleTest {

    @Test
    void theActionsAllowedFollowTheClaimsStatus() {
        assertThat(ClaimLifecycle.ADJUDICATE.allowedIn(ClaimStatus.PENDED)).isTrue();
        assertThat(ClaimLifecycle.ADJUDICATE.allowedIn(ClaimStatus.APPEALED)).isTrue();
        assertThat(ClaimLifecycle.ADJUDICATE.allowedIn(ClaimStatus.INFO_REQUESTED)).isFalse();
        assertThat(ClaimLifecycle.REQUEST_INFORMATION.allowedIn(ClaimStatus.SUBMITTED)).isTrue();
        assertThat(ClaimLifecycle.REQUEST_INFORMATION.allowedIn(ClaimStatus.APPEALED)).isFalse();
        assertThat(ClaimLifecycle.PEND.allowedIn(ClaimStatus.PENDED)).isFalse();
        assertThat(ClaimLifecycle.PEND.allowedIn(ClaimStatus.INFO_PROVIDED)).isTrue();
        assertThat(ClaimLifecycle.SETTLE.allowedIn(ClaimStatus.PARTIALLY_APPROVED)).isTrue();
        assertThat(ClaimLifecycle.SETTLE.allowedIn(ClaimStatus.DENIED)).isFalse();
        assertThat(ClaimLifecycle.PROVIDE_INFORMATION.allowedIn(ClaimStatus.INFO_REQUESTED)).isTrue();
        assertThat(ClaimLifecycle.APPEAL.allowedIn(ClaimStatus.SETTLED)).isTrue();
        assertThat(ClaimLifecycle.VOID.allowedIn(ClaimStatus.SETTLED)).isFalse();
        assertThat(ClaimLifecycle.VOID.allowedIn(ClaimStatus.DENIED)).isTrue();
    }

    @Test
    void noStatusAndNoClaimAllowNothing() {
        for (ClaimLifecycle action : ClaimLifecycle.values()) {
            assertThat(action.allowedIn(null)).as(action.name()).isFalse();
            assertThat(action.allowedOn(null)).as(action.name()).isFalse();
        }
    }

    @Test
    void aRefusalStatesTheRuleTheClaimAndItsStatus() {
        assertThat(ClaimLifecycle.SETTLE.refusal("abc", ClaimStatus.DENIED))
                .isEqualTo("Only an approved or partially approved claim can be settled; claim abc is DENIED");
    }
}
