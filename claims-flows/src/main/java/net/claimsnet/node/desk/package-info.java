/**
 * The desks of a node: the application services the REST API, FHIR and X12 adapters and Faces pages
 * call, plain Java over a {@code Node} (so they run in-JVM), each scoped to what the node and the
 * user's role may see and writing each read of PHI to an audit trail.
 *
 * <ul>
 *   <li>{@code ClaimDesk}: the claim desk's one public door, a thin facade over
 *   {@code ClaimCommands} (each step of a claim's life: file, check, replace, void, appeal, answer,
 *   request information, pend, adjudicate, settle; refused by the contracts' {@code ClaimLifecycle}
 *   before any flow starts, each filing scrubbed once) and {@code ClaimQueries} (searches sorted and
 *   paged, a claim and its timeline, and the auditor's integrity check, read logs and statistics).</li>
 *   <li>{@code CoverageDesk} (insurer node): enrols members in the insurer's plans (coverage and the
 *   plan year's benefit accumulator, from the rule set's reference data), terminates coverages, and
 *   reads them with what each member has met.</li>
 *   <li>{@code AccessGrantDesk}: the insurer's administrator grants the auditor access to part of its
 *   claims and revokes it; the insurer and the auditor read the grants they hold.</li>
 *   <li>{@code MemberConsentDesk}: the insurer's staff record and withdraw a member's consent that one provider
 *   see the member's claim history; that provider's billing staff read the consents naming it and ask the
 *   insurer for the history under them.</li>
 *   <li>{@code DeskAccessPolicy}, which every desk asks: who may take each {@code DeskAction} on which
 *   node, which claims a node's users see, and what the audit trail records.</li>
 * </ul>
 * Beside them: the search and its results ({@code ClaimSearch}, {@code ClaimPage}, {@code ClaimOrder}),
 * what the desks return, and the exceptions ({@code ClaimDeskException}) each API maps to an answer.
 */
package net.claimsnet.node.desk;
