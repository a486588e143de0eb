/**
 * A member's consents to share their claim history with a provider ({@code MemberConsentState}): recorded and
 * withdrawn by the insurer alone on the member's behalf, kept by the insurer and that provider; and the
 * provider's question for the history ({@code MemberHistoryFlow}), which the insurer answers only under a
 * consent in force, recording each disclosure before the answer leaves.
 */
package net.claimsnet.flows.consent;
