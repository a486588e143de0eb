package net.claimsnet.web.fhir;

import jakarta.ws.rs.core.Response;
import net.claimsnet.node.desk.ClaimConflictException;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.rules.reference.ReferenceData;
import net.claimsnet.web.api.ApiTestNetwork;
import net.claimsnet.web.api.FakeSecurityContext;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Claim/$submit of a claim id filed before: the same bundle answers its ClaimResponse, other details are a conflict. */
class ClaimSubmitDuplicateTest {

    /** The sample bundle for the test network's covered member, on a date of service before its clock. */
    private static final String BUNDLE = FhirTestFiles.resource("claim-bundle.json")
            .replace("M-FHIR-0001", ApiTestNetwork.MEMBER).replace("2026-11-20", "2025-03-10")
            .replace("ACME-PPO-GOLD", "PPO-GOLD");

    private final ApiTestNetwork net = new ApiTestNetwork();
    private final ClaimDesk desk = net.desk(net.network.stMary());
    private final ClaimSubmitResource resource = new ClaimSubmitResource(new FhirCalls() {
        @Override
        public ClaimDesk claims() {
            return desk;
        }

        @Override
        public Optional<ReferenceData> referenceData() {
            return Optional.empty();
        }
    }, new FakeSecurityContext("billing@stmary", "BILLING"));

    @AfterEach
    void close() {
        net.close();
    }

    private Response submit(String bundle) {
        return resource.submit(FhirParsing.parse(bundle, false));
    }

    @Test
    void the_same_claim_submitted_twice_answers_200_with_the_claim_response_of_the_first() {
        Response first = submit(BUNDLE);
        Response again = submit(BUNDLE);

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(200);
        ClaimResponse filed = (ClaimResponse) first.getEntity();
        ClaimResponse answered = (ClaimResponse) again.getEntity();
        assertThat(answered.getIdElement().getIdPart()).isEqualTo(filed.getIdElement().getIdPart());
        assertThat(answered.getProcessNote()).extracting(ClaimResponse.NoteComponent::getText)
                .containsExactly(ClaimSubmitResource.ALREADY_FILED);
        assertThat(filed.getProcessNote()).isEmpty();
        assertThat(again.getHeaderString("Content-Location")).isEqualTo(first.getLocation().toString());
    }

    @Test
    void the_same_claim_id_with_another_charge_is_a_conflict_naming_the_line() {
        submit(BUNDLE);

        assertThatThrownBy(() -> submit(BUNDLE.replaceFirst("\"value\"\\s*:\\s*150(\\.0+)?", "\"value\": 175.00")))
                .isInstanceOf(ClaimConflictException.class)
                .hasMessageContaining("FHIR-TEST-0001 was filed already with other details")
                .hasMessageContaining("serviceLines[1]");
    }
}
