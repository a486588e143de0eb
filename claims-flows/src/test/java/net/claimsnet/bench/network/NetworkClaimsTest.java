package net.claimsnet.bench.network;

import net.claimsnet.bench.network.NetworkClaims.GeneratedClaim;
import net.claimsnet.bench.network.NetworkClaims.Provider;
import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.flows.rules.drools.DroolsScrubRules;
import net.claimsnet.flows.rules.drools.RuleInputs;
import net.claimsnet.rules.fixtures.RulesFixture;
import net.claimsnet.rules.model.AdjudicationRequest;
import net.claimsnet.rules.model.AdjudicationResult;
import net.claimsnet.rules.model.BenefitAccumulators;
import net.claimsnet.rules.model.ClaimInput;
import net.claimsnet.rules.model.ClaimOutcome;
import net.claimsnet.rules.model.Coverage;
import net.claimsnet.rules.model.Severity;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Sex;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's claims, read back from the JSON it sends, on the shipped rules (config/rules,
 * config/reference): the provider's Drools scrubber finds nothing, the insurer's adjudication
 * approves them with something to pay, and no two of a provider's claims bill the same service.
 */
class NetworkClaimsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final DroolsScrubRules scrub = new DroolsScrubRules(RulesFixture.rules().scrubber(),
            details -> NetworkClaims.PLAN_ID);

    @Test
    void every_variant_of_both_providers_passes_the_scrub_rules_without_a_finding() {
        NetworkClaims claims = new NetworkClaims(8, "t1", TODAY);
        for (Provider provider : Provider.values()) {
            for (int sequence = 0; sequence < 8 * NetworkClaims.VARIANTS.size() * 2; sequence++) {
                GeneratedClaim claim = claims.claim(provider, sequence);
                assertThat(scrub.scrub(detailsFromJson(claim.json()), TODAY)).as(claim.claimId()).isEmpty();
            }
        }
    }

    @Test
    void claims_filed_today_pass_the_scrub_rules_too() {
        LocalDate today = LocalDate.now();
        NetworkClaims claims = new NetworkClaims(4, "t2", today);
        for (int sequence = 0; sequence < 12; sequence++) {
            assertThat(scrub.scrub(detailsFromJson(claims.claim(Provider.ST_MARY, sequence).json()), today)).isEmpty();
        }
    }

    @Test
    void the_scrub_rules_do_find_errors_in_a_claim_whose_plan_is_unknown() {
        DroolsScrubRules withoutPlan = new DroolsScrubRules(RulesFixture.rules().scrubber(), details -> "SUNRISE-GOLD");
        GeneratedClaim claim = new NetworkClaims(4, "t3", TODAY).claim(Provider.LAKESIDE, 0);

        assertThat(withoutPlan.scrub(detailsFromJson(claim.json()), TODAY)).anySatisfy(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.field()).isEqualTo("planId");
        });
    }

    @Test
    void every_variant_is_approved_by_the_adjudication_rules_with_something_to_pay_before_and_after_the_deductible() {
        NetworkClaims claims = new NetworkClaims(4, "t4", TODAY);
        for (int variant = 0; variant < NetworkClaims.VARIANTS.size(); variant++) {
            GeneratedClaim claim = claims.claim(Provider.ST_MARY, 4L * variant);
            assertThat(claim.variant()).isEqualTo(NetworkClaims.VARIANTS.get(variant));
            for (BigDecimal deductibleMet : List.of(BigDecimal.ZERO, new BigDecimal("500.00"))) {
                AdjudicationResult result = adjudicate(claim, deductibleMet);
                assertThat(result.outcome()).as(claim.claimId()).isEqualTo(ClaimOutcome.APPROVED);
                assertThat(result.totalPaid()).as(claim.claimId()).isPositive();
            }
        }
    }

    @Test
    void a_providers_claims_bill_no_service_twice_until_the_slots_run_out() {
        NetworkClaims claims = new NetworkClaims(5, "t5", TODAY);
        Set<String> services = new HashSet<>();
        Set<String> claimIds = new HashSet<>();
        for (long sequence = 0; sequence < claims.capacity(); sequence++) {
            GeneratedClaim claim = claims.claim(Provider.LAKESIDE, sequence);
            assertThat(claimIds.add(claim.claimId())).isTrue();
            for (NetworkClaims.Line line : claim.variant().lines()) {
                assertThat(services.add(claim.memberId() + "/" + line.procedureCode() + "/" + claim.dateOfService()))
                        .as(claim.claimId()).isTrue();
            }
        }
        assertThat(claims.capacity()).isEqualTo(5L * NetworkClaims.VARIANTS.size() * NetworkClaims.MAX_DAYS_BACK);
        GeneratedClaim wrapped = claims.claim(Provider.LAKESIDE, claims.capacity());
        GeneratedClaim first = claims.claim(Provider.LAKESIDE, 0);
        assertThat(wrapped.dateOfService()).isEqualTo(first.dateOfService());
        assertThat(wrapped.memberId()).isEqualTo(first.memberId());
    }

    @Test
    void dates_of_service_are_before_today_in_its_plan_year_and_at_most_120_days_back() {
        NetworkClaims claims = new NetworkClaims(3, "t6", TODAY);
        for (long sequence = 0; sequence < claims.capacity(); sequence++) {
            LocalDate date = claims.claim(Provider.ST_MARY, sequence).dateOfService();
            assertThat(date).isBefore(TODAY).isAfterOrEqualTo(TODAY.minusDays(NetworkClaims.MAX_DAYS_BACK));
        }
        NetworkClaims inFebruary = new NetworkClaims(3, "t6", LocalDate.of(2026, 2, 10));
        assertThat(inFebruary.capacity()).isEqualTo(3L * NetworkClaims.VARIANTS.size() * 40);
        for (long sequence = 0; sequence < inFebruary.capacity(); sequence++) {
            assertThat(inFebruary.claim(Provider.ST_MARY, sequence).dateOfService().getYear()).isEqualTo(2026);
        }
    }

    @Test
    void both_providers_bill_under_their_own_npi_and_claim_ids_name_the_run() {
        NetworkClaims claims = new NetworkClaims(3, "run7", TODAY);
        GeneratedClaim stMary = claims.claim(Provider.ST_MARY, 41);
        GeneratedClaim lakeside = claims.claim(Provider.LAKESIDE, 41);

        assertThat(Json.text(Json.parse(stMary.json()), "billingProviderNpi")).isEqualTo("1234567893");
        assertThat(Json.text(Json.parse(lakeside.json()), "billingProviderNpi")).isEqualTo("1497758544");
        assertThat(stMary.claimId()).isEqualTo("NB-run7-S000041");
        assertThat(lakeside.claimId()).isEqualTo("NB-run7-L000041");
        assertThat(claims.firstMemberId()).isEqualTo("M-B0001");
        assertThat(claims.lastMemberId()).isEqualTo("M-B0003");
    }

    @Test
    void redaction_takes_out_member_ids_names_and_dates_but_keeps_the_reason() {
        String message = "Acme has no active coverage for member M-B0042 (Robin Benchmark, born 1961-02-03) on 2026-10-01";

        assertThat(NetworkClaims.redact(message))
                .isEqualTo("Acme has no active coverage for member <phi> (<phi> <phi>, born <phi>) on <phi>");
    }

    /** The claim as the node would build it from the JSON body (the web module's ClaimAssembler, in short). */
    @SuppressWarnings("unchecked")
    private static ClaimDetails detailsFromJson(String json) {
        Object claim = Json.parse(json);
        List<ServiceLine> lines = new ArrayList<>();
        int sequence = 1;
        for (Object line : (List<Object>) Json.at(claim, "serviceLines")) {
            List<Integer> pointers = new ArrayList<>();
            for (Object pointer : (List<Object>) Json.at(line, "diagnosisPointers")) {
                pointers.add(((BigDecimal) pointer).intValueExact());
            }
            lines.add(new ServiceLine(sequence++, Json.text(line, "procedureCode"), new ArrayList<>(),
                    ((BigDecimal) Json.at(line, "units")).intValueExact(), (BigDecimal) Json.at(line, "charge"),
                    LocalDate.parse(Json.text(line, "dateOfService")), Json.text(line, "placeOfService"), pointers));
        }
        Map<String, Object> patient = (Map<String, Object>) Json.at(claim, "patient");
        return new ClaimDetails(Json.text(claim, "claimId"),
                ClaimType.valueOf(Json.text(claim, "type")), ClaimUse.valueOf(Json.text(claim, "use")),
                new Patient(Json.text(patient, "memberId"), Json.text(patient, "firstName"), Json.text(patient, "lastName"),
                        LocalDate.parse(Json.text(patient, "birthDate")), Sex.valueOf(Json.text(patient, "sex"))),
                Json.text(claim, "subscriberId"), Json.text(claim, "billingProviderNpi"), Json.text(claim, "payerId"),
                new ArrayList<>((List<String>) (List<?>) Json.at(claim, "diagnosisCodes")), null,
                FrequencyCode.ORIGINAL, null, new ArrayList<>(), lines);
    }

    private static AdjudicationResult adjudicate(GeneratedClaim claim, BigDecimal deductibleMet) {
        ClaimInput input = RuleInputs.claim(detailsFromJson(claim.json()), claim.planId(), true);
        int year = claim.dateOfService().getYear();
        BenefitAccumulators accumulators = BenefitAccumulators.empty(year);
        if (deductibleMet.signum() > 0) {
            accumulators = new BenefitAccumulators(year, deductibleMet, deductibleMet, Map.of(), Map.of());
        }
        return RulesFixture.rules().adjudicator().adjudicate(new AdjudicationRequest(input,
                new Coverage(claim.memberId(), claim.planId(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
                accumulators, TODAY));
    }
}
