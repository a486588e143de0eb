package net.claimsnet.contracts;

import net.claimsnet.ledger.serialization.LedgerSerialization;
import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.AccessScope;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.MemberConsentState;
import net.corda.core.contracts.ContractState;
import net.corda.core.identity.Party;
import net.corda.core.serialization.SerializationDefaults;
import net.corda.core.serialization.SerializationFactory;
import net.corda.core.serialization.SerializedBytes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;
import static net.claimsnet.contracts.SampleClaims.money;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state travels between nodes as Corda AMQP. A state that cannot be rebuilt from its bytes
 * (a constructor parameter without a matching getter, a class compiled without -parameters, a
 * HashMap) breaks every node, so each one goes through the round trip with every field filled.
 */
class StatesSerializationTest {

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final CoverageState coverage = SampleClaims.coverage(insurer, MEMBER_ID);

    private static <T extends ContractState> T roundTrip(T state) {
        LedgerSerialization.ensureInstalled();
        SerializationFactory factory = SerializationFactory.Companion.getDefaultFactory();
        SerializedBytes<T> bytes = factory.serialize(state, SerializationDefaults.INSTANCE.getP2P_CONTEXT());
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) state.getClass();
        return factory.deserialize(bytes, type, SerializationDefaults.INSTANCE.getP2P_CONTEXT());
    }

    @Test
    void a_claim_with_every_step_recorded_survives_the_round_trip() {
        ClaimState approved = SampleClaims.adjudicated(SampleClaims.submitted(provider, insurer, coverage),
                SampleClaims.approvedAdjudication(SampleClaims.submitted(provider, insurer, coverage), money("50.00")));
        ClaimState everything = SampleClaims.settled(approved)
                .withInformationRequestAdded(SampleClaims.answered(SampleClaims.informationRequest()))
                .withAppeal(SampleClaims.appeal())
                .withClaim(approved.getClaim().withPriorAuthorizationNumber("PA-778812"));

        assertThat(roundTrip(everything)).isEqualTo(everything);
    }

    @Test
    void a_replacement_claim_naming_its_original_survives_the_round_trip() {
        ClaimState replacement = SampleClaims.replacementOf(SampleClaims.submitted(provider, insurer, coverage));

        assertThat(roundTrip(replacement)).isEqualTo(replacement);
    }

    @Test
    void coverage_and_accumulator_survive_the_round_trip() {
        BenefitAccumulatorState accumulator = SampleClaims.accumulator(coverage)
                .withVisitsUsed(Collections.singletonMap("physical-therapy", 3));

        assertThat(roundTrip(coverage)).isEqualTo(coverage);
        assertThat(roundTrip(accumulator)).isEqualTo(accumulator);
    }

    @Test
    void an_access_grant_survives_the_round_trip_revoked_or_not() {
        Instant issued = Instant.parse("2026-11-01T09:00:00Z");
        AccessGrantState grant = AccessGrantState.issue(insurer, ledger.auditor(),
                AccessScope.servicesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)), "2026 Q1 audit",
                issued, issued.plus(Duration.ofDays(30)));
        AccessGrantState revoked = grant.withScope(AccessScope.provider(provider.getName()))
                .withRevocation(issued.plusSeconds(60), "audit closed");

        assertThat(roundTrip(grant)).isEqualTo(grant);
        assertThat(roundTrip(revoked)).isEqualTo(revoked);
    }

    @Test
    void a_member_consent_survives_the_round_trip_withdrawn_or_not() {
        Instant issued = Instant.parse("2026-11-01T09:00:00Z");
        MemberConsentState consent = MemberConsentState.record(insurer, provider, MEMBER_ID, "continuity of care",
                issued, issued.plus(Duration.ofDays(30)));
        MemberConsentState withdrawn = consent.withWithdrawal(issued.plusSeconds(60), "the member withdrew it");

        assertThat(roundTrip(consent)).isEqualTo(consent);
        assertThat(roundTrip(withdrawn)).isEqualTo(withdrawn);
    }
}
