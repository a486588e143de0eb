package net.claimsnet.web.desk.billing;

import net.corda.core.crypto.SecureHash;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentHashesTest {

    @Test
    void aDocumentIsNamedByItsSha256AsTheLedgerPrintsIt() {
        byte[] content = "abc".getBytes(StandardCharsets.US_ASCII);

        String hash = DocumentHashes.sha256Hex(content);

        // FIPS 180-2's test vector for "abc".
        assertThat(hash).isEqualTo("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD");
        assertThat(SecureHash.create(hash)).isEqualTo(SecureHash.sha256(content));
    }

    @Test
    void freshClaimIdsCarryTheDayAndDiffer() {
        String first = ClaimIds.fresh(LocalDate.of(2026, 12, 4));
        String second = ClaimIds.fresh(LocalDate.of(2026, 12, 4));

        assertThat(first).matches("CLM-20261204-[0-9A-Z]{8}");
        assertThat(first).isNotEqualTo(second);
    }
}
