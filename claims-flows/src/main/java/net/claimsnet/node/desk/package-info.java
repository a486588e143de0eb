/**
 * The desks of a node: the application services the REST API calls, scoped to what the node and the
 * user's role may see, each read of PHI written to an audit trail. Plain Java over a {@code Node}, so
 * they run in-JVM. {@code ClaimDesk}: submit, search, read, history and each lifecycle step of a
 * claim, and for the auditor's desk the integrity check of a claim's chain ({@code ClaimChainVerifier}),
 * its read log and the dashboards' {@code ClaimStatistics}. It refuses a step the claim's status does not allow
 * by the contracts' {@code ClaimLifecycle} before any flow starts, and scrubs each filing once, showing the findings. {@code CoverageDesk} (insurer node): enrol members in the insurer's plans (coverage and the
 * plan year's benefit accumulator, from the rule set's reference data), terminate coverages, and read
 * them with what each member has met.
 */
package net.claimsnet.node.desk;
