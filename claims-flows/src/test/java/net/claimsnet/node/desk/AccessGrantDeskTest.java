package net.claimsnet.node.desk;

import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.AccessScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The access grant desk on the deterministic in-JVM network: the insurer's administrator grants and revokes,
 * the auditor reads what it holds, and every refusal (input, role, node, state) comes before any flow.
 */
class AccessGrantDeskTest {

    private static final DeskUser ADMIN = DeskUser.of("admin@acme", DeskRole.NODE_ADMIN);
    private static final DeskUser ADJUSTER = DeskUser.of("adjuster@acme", DeskRole.ADJUSTER);
    private static final DeskUser AUDITOR = DeskUser.of("auditor@regulator", DeskRole.AUDITOR);
    private static final DeskUser PROVIDER_ADMIN = DeskUser.of("admin@stmary", DeskRole.NODE_ADMIN);

    private final InMemoryNetwork network = InMemoryNetwork.deterministic().build();
    private final Instant now = network.clock().instant();
    private final InMemoryClaimAuditTrail insurerAudit = new InMemoryClaimAuditTrail(network.clock());
    private final AccessGrantDesk insurerDesk = desk(network.insurer(), insurerAudit);
    private final AccessGrantDesk auditorDesk = desk(network.auditor(), new InMemoryClaimAuditTrail(network.clock()));
    private final AccessScope stMarysClaims = AccessScope.provider(network.stMary().identity().getName());

    private AccessGrantDesk desk(Node node, ClaimAuditTrail audit) {
        return new AccessGrantDesk(node, audit, handle -> network.runNetwork());
    }

    @AfterEach
    void close() {
        network.close();
    }

    private AccessGrantState granted() {
        return insurerDesk.grant(ADMIN, stMarysClaims, "  2025 Q1 claims audit ", now.plus(Duration.ofDays(30)));
    }

    @Test
    void the_insurers_administrator_grants_and_the_auditor_sees_the_grant() {
        AccessGrantState grant = granted();

        assertThat(grant.getPurpose()).isEqualTo("2025 Q1 claims audit");
        assertThat(auditorDesk.grants(AUDITOR)).containsExactly(grant);
        assertThat(insurerDesk.grants(ADMIN)).containsExactly(grant);
        assertThat(insurerAudit.entries()).extracting(InMemoryClaimAuditTrail.Entry::action, InMemoryClaimAuditTrail.Entry::claimId,
                        InMemoryClaimAuditTrail.Entry::outcome)
                .containsExactly(tuple("GRANT_ACCESS", AccessGrantDesk.idOf(grant), ClaimAuditTrail.ALLOWED),
                        tuple("READ_GRANTS", AccessGrantDesk.idOf(grant), ClaimAuditTrail.ALLOWED));
    }

    @Test
    void a_revocation_reaches_the_auditor_and_a_second_one_is_a_conflict() {
        AccessGrantState grant = granted();

        AccessGrantState revoked = insurerDesk.revoke(ADMIN, AccessGrantDesk.idOf(grant), "Audit closed early");

        assertThat(revoked.isRevoked()).isTrue();
        assertThat(auditorDesk.grants(AUDITOR)).containsExactly(revoked);
        assertThatThrownBy(() -> insurerDesk.revoke(ADMIN, AccessGrantDesk.idOf(grant), "again"))
                .isInstanceOf(AccessGrantConflictException.class).hasMessageContaining("was revoked already");
    }

    @Test
    void bad_input_is_refused_naming_the_field_before_any_flow() {
        assertThatThrownBy(() -> insurerDesk.grant(ADMIN, AccessScope.servicesBetween(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 1, 1)),
                "audit", now.plus(Duration.ofDays(1))))
                .isInstanceOf(InvalidDeskInputException.class).extracting(e -> ((InvalidDeskInputException) e).field()).isEqualTo("scope");
        assertThatThrownBy(() -> insurerDesk.grant(ADMIN, stMarysClaims, " ", now.plus(Duration.ofDays(1))))
                .isInstanceOf(InvalidDeskInputException.class).hasMessage("The purpose is required");
        assertThatThrownBy(() -> insurerDesk.grant(ADMIN, stMarysClaims, "x".repeat(201), now.plus(Duration.ofDays(1))))
                .isInstanceOf(InvalidDeskInputException.class).hasMessage("The purpose is at most 200 characters; was 201");
        assertThatThrownBy(() -> insurerDesk.grant(ADMIN, stMarysClaims, "audit", now))
                .isInstanceOf(InvalidDeskInputException.class).extracting(e -> ((InvalidDeskInputException) e).field()).isEqualTo("expiresAt");
        assertThatThrownBy(() -> insurerDesk.grant(ADMIN, stMarysClaims, "audit", now.plus(Duration.ofDays(367))))
                .isInstanceOf(InvalidDeskInputException.class).hasMessageContaining("at most 366 days from now");
        assertThatThrownBy(() -> insurerDesk.revoke(ADMIN, "not-a-grant", "why"))
                .isInstanceOf(AccessGrantNotFoundException.class);

        assertThat(insurerDesk.grants(ADMIN)).isEmpty();
        assertThat(network.insurer().flows().runningCount()).isZero();
    }

    @Test
    void only_the_insurers_administrator_grants_and_only_the_keepers_read() {
        assertThatThrownBy(() -> insurerDesk.grant(ADJUSTER, stMarysClaims, "audit", now.plus(Duration.ofDays(1))))
                .isInstanceOf(DeskAccessDeniedException.class).hasMessageContaining("Only NODE_ADMIN users of an insurer node grant the auditor access");
        AccessGrantDesk providerDesk = desk(network.stMary(), new InMemoryClaimAuditTrail(network.clock()));
        assertThatThrownBy(() -> providerDesk.grant(PROVIDER_ADMIN, stMarysClaims, "audit", now.plus(Duration.ofDays(1))))
                .isInstanceOf(DeskAccessDeniedException.class);
        assertThatThrownBy(() -> providerDesk.grants(PROVIDER_ADMIN))
                .isInstanceOf(DeskAccessDeniedException.class).hasMessageContaining("Access grants are read by");
        assertThatThrownBy(() -> insurerDesk.grants(AUDITOR)).isInstanceOf(DeskAccessDeniedException.class);
        assertThatThrownBy(() -> auditorDesk.grants(ADMIN)).isInstanceOf(DeskAccessDeniedException.class);
        assertThat(insurerAudit.entries()).extracting(InMemoryClaimAuditTrail.Entry::outcome).containsOnly(ClaimAuditTrail.DENIED);
    }
}
