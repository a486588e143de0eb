package net.claimsnet.web.api.limits;

import net.claimsnet.web.api.ClaimFilingInput;
import net.claimsnet.web.api.ClaimsResource;
import net.claimsnet.web.api.CoverageInputs;
import net.claimsnet.web.api.CoveragesResource;
import net.claimsnet.web.api.ActionInputs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonBodyLimitInterceptorTest {

    @Test
    void filing_and_replacing_a_claim_take_the_claim_budget() throws NoSuchMethodException {
        assertThat(JsonBodyLimitInterceptor.budgetOf(ClaimsResource.class.getMethod("submit", ClaimFilingInput.class)))
                .isEqualTo(JsonBudget.CLAIM);
        assertThat(JsonBodyLimitInterceptor.budgetOf(ClaimsResource.class.getMethod("replace", String.class, ClaimFilingInput.class)))
                .isEqualTo(JsonBudget.CLAIM);
    }

    @Test
    void batch_enrolment_takes_the_batch_budget() throws NoSuchMethodException {
        assertThat(JsonBodyLimitInterceptor.budgetOf(CoveragesResource.class.getMethod("enrollAll",
                CoverageInputs.BatchEnrollmentInput.class))).isEqualTo(JsonBudget.BATCH);
    }

    @Test
    void an_endpoint_naming_no_budget_gets_the_smallest() throws NoSuchMethodException {
        assertThat(JsonBodyLimitInterceptor.budgetOf(ClaimsResource.class.getMethod("appeal", String.class,
                ActionInputs.AppealInput.class))).isEqualTo(JsonBudget.ACTION);
        assertThat(JsonBodyLimitInterceptor.budgetOf(null)).isEqualTo(JsonBudget.ACTION);
        assertThat(JsonBudget.ACTION.limits().maxBytes()).isLessThan(JsonBudget.CLAIM.limits().maxBytes());
    }
}
