package net.claimsnet.web.desk.grants;

import net.claimsnet.states.AccessScope;
import net.claimsnet.states.AccessScopeKind;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The grant form's checks, in the page's words and next to the page's fields, before the desk is asked. */
class GrantFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String ST_MARY = CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US").toString();
    private static final List<String> PROVIDERS = List.of(ST_MARY, CordaX500Name.parse("O=Lakeside Clinic,L=Denver,C=US").toString());

    private static GrantForm stMarysClaims() {
        GrantForm form = new GrantForm();
        form.setScope(AccessScopeKind.PROVIDER);
        form.setProvider(ST_MARY);
        form.setPurpose("  2026 Q4 claims audit ");
        form.setLastDay(LocalDate.of(2027, 1, 31));
        return form;
    }

    private static List<String> fieldsAtFault(GrantForm form) {
        return form.problems(TODAY, PROVIDERS).stream().map(GrantForm.Problem::field).toList();
    }

    @Test
    void a_complete_provider_grant_has_no_problem_and_ends_when_its_last_day_ends_in_utc() {
        GrantForm form = stMarysClaims();

        assertThat(form.problems(TODAY, PROVIDERS)).isEmpty();
        assertThat(form.scope()).isEqualTo(AccessScope.provider(CordaX500Name.parse(ST_MARY)));
        assertThat(form.trimmedPurpose()).isEqualTo("2026 Q4 claims audit");
        assertThat(form.expiresAt()).isEqualTo(Instant.parse("2027-02-01T00:00:00Z"));
    }

    @Test
    void an_empty_purpose_is_marked_on_the_purpose_saying_what_to_write() {
        GrantForm form = stMarysClaims();
        form.setPurpose("   ");

        List<GrantForm.Problem> problems = form.problems(TODAY, PROVIDERS);

        assertThat(problems).extracting(GrantForm.Problem::field).containsExactly(GrantForm.PURPOSE);
        assertThat(problems.get(0).message()).startsWith("Say why the auditor may look");
    }

    @Test
    void a_purpose_longer_than_the_contract_takes_is_marked_with_its_length() {
        GrantForm form = stMarysClaims();
        form.setPurpose("x".repeat(201));

        assertThat(form.problems(TODAY, PROVIDERS)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(GrantForm.PURPOSE);
            assertThat(problem.message()).contains("at most 200 characters").contains("it has 201");
        });
    }

    @Test
    void a_last_day_in_the_past_is_marked_naming_today_while_today_itself_is_taken() {
        GrantForm form = stMarysClaims();
        form.setLastDay(TODAY.minusDays(1));

        assertThat(form.problems(TODAY, PROVIDERS)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(GrantForm.LAST_DAY);
            assertThat(problem.message()).isEqualTo("The last day 2026-12-06 has passed: choose today (2026-12-07) or a later day.");
        });
        form.setLastDay(TODAY);
        assertThat(form.problems(TODAY, PROVIDERS)).isEmpty();
    }

    @Test
    void a_last_day_is_taken_up_to_the_contracts_longest_grant_and_refused_a_day_later() {
        GrantForm form = stMarysClaims();
        LocalDate latest = GrantForm.latestLastDay(TODAY);
        form.setLastDay(latest);

        assertThat(form.problems(TODAY, PROVIDERS)).isEmpty();
        assertThat(form.expiresAt()).as("the end of the latest last day, 366 days after today's start")
                .isEqualTo(TODAY.plusDays(366).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        form.setLastDay(latest.plusDays(1));
        assertThat(form.problems(TODAY, PROVIDERS)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(GrantForm.LAST_DAY);
            assertThat(problem.message()).contains("at most 366 days").contains(latest.toString());
        });
    }

    @Test
    void a_missing_last_day_and_purpose_are_both_marked_in_the_pages_order() {
        GrantForm form = stMarysClaims();
        form.setPurpose(null);
        form.setLastDay(null);

        assertThat(fieldsAtFault(form)).containsExactly(GrantForm.PURPOSE, GrantForm.LAST_DAY);
    }

    @Test
    void a_provider_must_be_chosen_and_be_one_on_the_network_map() {
        GrantForm form = stMarysClaims();
        form.setProvider(null);
        assertThat(fieldsAtFault(form)).containsExactly(GrantForm.PROVIDER);

        form.setProvider("O=Nowhere Clinic,L=Boston,C=US");
        assertThat(form.problems(TODAY, PROVIDERS)).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("not on the network map"));
    }

    @Test
    void a_claim_is_named_by_its_ledger_id_and_a_providers_claim_number_is_refused_saying_why() {
        GrantForm form = stMarysClaims();
        form.setScope(AccessScopeKind.CLAIM);
        form.setClaim("CLM-2026-0042");

        assertThat(form.problems(TODAY, PROVIDERS)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(GrantForm.CLAIM);
            assertThat(problem.message()).contains("not a claim's ledger id").contains("claim number is not unique");
        });
        String ledgerId = UUID.randomUUID().toString();
        form.setClaim(" " + ledgerId + " ");
        assertThat(form.problems(TODAY, PROVIDERS)).isEmpty();
        assertThat(form.scope()).isEqualTo(AccessScope.claim(ledgerId));
    }

    @Test
    void a_member_grant_needs_the_member_id_and_takes_it_trimmed() {
        GrantForm form = stMarysClaims();
        form.setScope(AccessScopeKind.MEMBER);
        assertThat(fieldsAtFault(form)).containsExactly(GrantForm.MEMBER);

        form.setMember(" M-1001 ");
        assertThat(form.problems(TODAY, PROVIDERS)).isEmpty();
        assertThat(form.scope()).isEqualTo(AccessScope.member("M-1001"));
    }

    @Test
    void a_range_of_service_dates_needs_both_ends_in_order() {
        GrantForm form = stMarysClaims();
        form.setScope(AccessScopeKind.SERVICE_DATES);
        assertThat(fieldsAtFault(form)).containsExactly(GrantForm.FROM, GrantForm.UNTIL);

        form.setFrom(LocalDate.of(2026, 12, 31));
        form.setUntil(LocalDate.of(2026, 10, 1));
        assertThat(form.problems(TODAY, PROVIDERS)).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("ends (2026-10-01) before it starts (2026-12-31)"));

        form.setFrom(LocalDate.of(2026, 10, 1));
        form.setUntil(LocalDate.of(2026, 12, 31));
        assertThat(form.problems(TODAY, PROVIDERS)).isEmpty();
        assertThat(form.scope()).isEqualTo(AccessScope.servicesBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void the_desks_field_names_land_on_the_pages_inputs_for_the_chosen_scope() {
        GrantForm form = stMarysClaims();

        assertThat(form.inputFor("expiresAt")).isEqualTo(GrantForm.LAST_DAY);
        assertThat(form.inputFor("purpose")).isEqualTo(GrantForm.PURPOSE);
        assertThat(form.inputFor("scope")).isEqualTo(GrantForm.PROVIDER);
        form.setScope(AccessScopeKind.MEMBER);
        assertThat(form.inputFor("subject")).isEqualTo(GrantForm.MEMBER);
        assertThat(form.inputFor("somethingElse")).isNull();
    }

    @Test
    void clearing_after_a_grant_empties_the_inputs_but_keeps_the_kind_of_scope() {
        GrantForm form = stMarysClaims();
        form.setScope(AccessScopeKind.MEMBER);
        form.setMember("M-1001");

        form.clear();

        assertThat(form.getScope()).isEqualTo(AccessScopeKind.MEMBER);
        assertThat(form.getMember()).isNull();
        assertThat(form.getPurpose()).isNull();
        assertThat(form.getLastDay()).isNull();
    }
}
