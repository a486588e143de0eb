package net.claimsnet.web.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The requests of a fuzz run: request {@code i} of seed {@code s} is always the same, whichever thread
 * makes it. About a third are JSON bodies for the API's POST endpoints, a quarter FHIR bodies, a fifth
 * X12 bodies (the shared samples, mutated), the rest odd paths and query strings with odd methods; a
 * few go without credentials or with a wrong password.
 */
final class MalformedRequests {

    private static final String COVERAGE = "{\"memberId\":\"M-1001\",\"subscriberId\":\"S-1001\",\"planId\":\"ACME-PPO-GOLD\","
            + "\"effectiveFrom\":\"2025-01-01\"}";
    private static final String CLAIM = "{\"claimId\":\"CLM-1001\",\"patient\":{\"memberId\":\"M-1001\",\"firstName\":\"Jane\","
            + "\"lastName\":\"Doe\",\"birthDate\":\"1980-05-17\",\"sex\":\"F\"},\"subscriberId\":\"S-1001\",\"planId\":\"ACME-PPO-GOLD\","
            + "\"billingProviderNpi\":\"1234567893\",\"payerId\":\"ACME\",\"diagnosisCodes\":[\"E11.9\",\"I10\"],\"serviceLines\":["
            + "{\"procedureCode\":\"99213\",\"units\":1,\"charge\":150.00,\"dateOfService\":\"2025-03-10\",\"placeOfService\":\"11\","
            + "\"diagnosisPointers\":[1]},{\"procedureCode\":\"85025\",\"units\":1,\"charge\":40.00,\"dateOfService\":\"2025-03-10\","
            + "\"placeOfService\":\"11\",\"diagnosisPointers\":[1,2]}]}";
    /** The API's POST endpoints and a body each takes; {id} becomes an id that names nothing. */
    private static final List<String[]> JSON_ENDPOINTS = List.of(
            new String[] {"/api/claims", CLAIM},
            new String[] {"/api/claims/{id}/replacement", CLAIM},
            new String[] {"/api/claims/{id}/information-requests", "{\"question\":\"Please send the operative report\"}"},
            new String[] {"/api/claims/{id}/information", "{\"answer\":\"Attached\",\"attachmentIds\":[\"A-1\"]}"},
            new String[] {"/api/claims/{id}/adjudication", "{\"lines\":[{\"line\":1,\"allowed\":100.00,\"carc\":\"45\"}]}"},
            new String[] {"/api/claims/{id}/settlement", "{\"paymentReference\":\"EFT-20250401-0001\"}"},
            new String[] {"/api/claims/{id}/appeal", "{\"reason\":\"The service was medically necessary\"}"},
            new String[] {"/api/claims/{id}/void", "{}"},
            new String[] {"/api/coverages", COVERAGE},
            new String[] {"/api/coverages/batch", "{\"members\":[" + COVERAGE + "," + COVERAGE + "]}"},
            new String[] {"/api/coverages/{id}/termination", "{\"effectiveTo\":\"2025-06-30\",\"reason\":\"moved\"}"},
            new String[] {"/api/admin/flows/{id}/abandon", "{\"reason\":\"the peer is gone\"}"},
            new String[] {"/api/admin/flows/{id}/retry", "{}"});
    private static final String[] FHIR_PATHS = {"/fhir/Claim/$validate", "/fhir/Patient/$validate", "/fhir/Coverage/$validate",
            "/fhir/Bundle/$validate", "/fhir/Claim/%24validate", "/fhir/CoverageEligibilityRequest/$submit", "/fhir/Claim/$submit"};
    private static final String[] FHIR_SAMPLES = {"r4spec-claim-example-professional.json", "r4spec-claim-example-institutional.json",
            "r4spec-claim-example-cms1500-medical.json", "r4spec-patient-example.json", "r4spec-coverage-example.json",
            "r4spec-coverageeligibilityrequest-example.json", "pas-request-bundle-claim-patient-coverage.json",
            "bad-c4bb-patient-truncated-json.json"};
    private static final String[] FHIR_TYPES = {"application/fhir+json", "application/fhir+json", "application/json",
            "application/fhir+xml", "text/plain"};
    private static final String[] X12_PATHS = {"/x12/270", "/x12/270", "/x12/270", "/x12/837"};
    private static final String[] X12_SAMPLES = {"270-lfh-subscriber-benefit-check.270", "837p-lfh-example1-patient-is-dependent.837",
            "837p-lfh-example2-patient-is-subscriber.837", "837i-lfh-institutional-claim.837i", "835-lfh-managed-care.835",
            "271-lfh-subscriber-benefit-check.271", "edge-837p-staedi-newline-terminated-isa00402.edi", "bad-837p-no-isa-segment.txt"};
    private static final String[] X12_TYPES = {"application/EDI-X12", "text/plain", "application/octet-stream", "application/json"};
    private static final String[] ODD_METHODS = {"GET", "GET", "GET", "GET", "DELETE", "PUT", "PATCH", "OPTIONS", "HEAD", "POST"};

    private final long seed;
    private final String[] fhirSamples;
    private final String[] x12Samples;

    MalformedRequests(long seed) {
        this.seed = seed;
        this.fhirSamples = load("fhir", FHIR_SAMPLES, StandardCharsets.UTF_8);
        this.x12Samples = load("x12", X12_SAMPLES, StandardCharsets.ISO_8859_1);
    }

    FuzzRequest request(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        int kind = random.nextInt(100);
        FuzzRequest.Credentials credentials = credentials(random);
        if (kind < 35) {
            String[] endpoint = JSON_ENDPOINTS.get(random.nextInt(JSON_ENDPOINTS.size()));
            String type = random.nextInt(10) == 0 ? "text/plain" : "application/json";
            return new FuzzRequest("json", random.nextInt(15) == 0 ? "PUT" : "POST", withId(endpoint[0], random), type,
                    JsonMutations.mutate(endpoint[1], random), credentials);
        }
        if (kind < 60) {
            String sample = fhirSamples[random.nextInt(fhirSamples.length)];
            return new FuzzRequest("fhir", "POST", FHIR_PATHS[random.nextInt(FHIR_PATHS.length)],
                    FHIR_TYPES[random.nextInt(FHIR_TYPES.length)], JsonMutations.mutate(sample, random), credentials);
        }
        if (kind < 80) {
            String sample = x12Samples[random.nextInt(x12Samples.length)];
            return new FuzzRequest("x12", "POST", X12_PATHS[random.nextInt(X12_PATHS.length)],
                    X12_TYPES[random.nextInt(X12_TYPES.length)], X12Mutations.mutate(sample, random), credentials);
        }
        String method = ODD_METHODS[random.nextInt(ODD_METHODS.length)];
        byte[] body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH")
                ? JsonMutations.mutate(COVERAGE, random) : null;
        return new FuzzRequest("path", method, PathMutations.pathAndQuery(random), body == null ? null : "application/json", body,
                credentials);
    }

    /** Valid requests of each kind, to warm the node up before anything is timed. */
    List<FuzzRequest> warmUp() {
        List<FuzzRequest> warm = new java.util.ArrayList<>();
        for (String[] endpoint : JSON_ENDPOINTS) {
            warm.add(new FuzzRequest("warm-up", "POST", endpoint[0].replace("{id}", UUID.randomUUID().toString()), "application/json",
                    endpoint[1].getBytes(StandardCharsets.UTF_8), FuzzRequest.Credentials.USER));
        }
        for (String path : FHIR_PATHS) {
            for (String sample : fhirSamples) {
                warm.add(new FuzzRequest("warm-up", "POST", path, "application/fhir+json", sample.getBytes(StandardCharsets.UTF_8),
                        FuzzRequest.Credentials.USER));
            }
        }
        for (String sample : x12Samples) {
            warm.add(new FuzzRequest("warm-up", "POST", "/x12/270", "application/EDI-X12", sample.getBytes(StandardCharsets.ISO_8859_1),
                    FuzzRequest.Credentials.USER));
        }
        return warm;
    }

    private static FuzzRequest.Credentials credentials(Random random) {
        int draw = random.nextInt(100);
        return draw < 4 ? FuzzRequest.Credentials.NONE : draw < 7 ? FuzzRequest.Credentials.WRONG_PASSWORD : FuzzRequest.Credentials.USER;
    }

    private static String withId(String path, Random random) {
        if (!path.contains("{id}")) {
            return path;
        }
        String[] ids = {new UUID(random.nextLong(), random.nextLong()).toString(), "x".repeat(65), "%00", "..%2F..", "-1", "CLM-1001"};
        return path.replace("{id}", ids[random.nextInt(ids.length)]);
    }

    private static String[] load(String folder, String[] names, java.nio.charset.Charset charset) {
        String[] texts = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            String resource = "shared-samples/" + folder + "/" + names[i];
            try (InputStream in = MalformedRequests.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The sample " + resource + " is not on the class path (web's test resources)");
                }
                texts[i] = new String(in.readAllBytes(), charset);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the sample " + resource + ": " + e, e);
            }
        }
        return texts;
    }
}
