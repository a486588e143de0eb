package net.claimsnet.node.desk;

import net.claimsnet.contracts.MemberConsentContract;
import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.flows.consent.MemberHistoryAnswer;
import net.claimsnet.flows.consent.MemberHistoryFlow;
import net.claimsnet.flows.consent.RecordConsentFlow;
import net.claimsnet.flows.consent.WithdrawConsentFlow;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.Node;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.MemberConsentState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Members' consents to share their claim history with a provider, and the provider's question for that history.
 *
 * <ul>
 *   <li><b>Who</b>: on an insurer node its ADJUSTER and NODE_ADMIN users record and withdraw consents for the
 *   member, who has no node ({@link DeskAction#RECORD_CONSENT}, {@link DeskAction#WITHDRAW_CONSENT}), and read
 *   them; on a provider node its BILLING users read the consents naming it ({@link DeskAction#READ_CONSENTS})
 *   and ask the insurer for a member's history ({@link DeskAction#READ_MEMBER_HISTORY}).</li>
 *   <li><b>Checks first</b>: member, provider, purpose and expiry are checked here with the contract's bounds
 *   (400 naming the field) before a flow starts; a withdrawn consent, or a second one in force, is a 409; the
 *   insurer's refusal of a history is a {@link MemberHistoryRefusedException} saying whose consent is missing.</li>
 *   <li><b>Audit</b>: each action and each consent read is recorded under the consent's ledger id, never the member id.</li>
 * </ul>
 */
public final class MemberConsentDesk {

    private static final Comparator<MemberConsentState> NEWEST_FIRST =
            Comparator.comparing(MemberConsentState::getIssuedAt).reversed().thenComparing(c -> c.getLinearId().getId());

    private final Node node;
    private final DeskAccessPolicy policy;
    private final FlowCompletion completion;

    public MemberConsentDesk(Node node, ClaimAuditTrail audit, FlowCompletion completion) {
        this.node = Objects.requireNonNull(node, "node");
        this.policy = new DeskAccessPolicy(node, audit);
        this.completion = Objects.requireNonNull(completion, "completion");
    }

    /** Records, for the member, their consent that the provider see their claim history, from now until {@code expiresAt}. */
    public MemberConsentState record(DeskUser user, String memberId, String provider, String purpose, Instant expiresAt) {
        policy.require(user, DeskAction.RECORD_CONSENT, null);
        String member = enrolledMember(memberId);
        Party consentedTo = providerNamed(provider);
        String why = DeskText.required(purpose, "purpose", MemberConsentContract.LONGEST_PURPOSE);
        Instant now = now();
        if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MemberConsentContract.LONGEST_CONSENT))) {
            throw new InvalidDeskInputException("expiresAt", "expiresAt must be after now and at most "
                    + MemberConsentContract.LONGEST_CONSENT.toDays() + " days from now; was " + expiresAt);
        }
        Optional<MemberConsentState> inForce = consentsOfMember(member).stream()
                .filter(c -> c.permits(member, consentedTo, now)).findFirst();
        if (inForce.isPresent()) {
            policy.recordRefused(user, DeskAction.RECORD_CONSENT, idOf(inForce.get()), "one in force already");
            throw new MemberConsentConflictException("Member consent " + idOf(inForce.get()) + " for "
                    + consentedTo.getName().getOrganisation() + " is in force already, until " + inForce.get().getExpiresAt());
        }
        MemberConsentState consent = outputOf(policy.attempt(user, DeskAction.RECORD_CONSENT, null,
                () -> run(new RecordConsentFlow.Initiator(member, consentedTo.getName(), why, expiresAt))));
        policy.recordAllowed(user, DeskAction.RECORD_CONSENT, idOf(consent), "for " + consentedTo.getName().getOrganisation());
        return consent;
    }

    /** Records that the member withdrew a consent, now; the reason is kept with it on both ledgers. */
    public MemberConsentState withdraw(DeskUser user, String consentId, String reason) {
        policy.require(user, DeskAction.WITHDRAW_CONSENT, consentId);
        String why = DeskText.required(reason, "reason", MemberConsentContract.LONGEST_PURPOSE);
        MemberConsentState consent = ours(user, consentId);
        if (consent.isWithdrawn()) {
            policy.recordRefused(user, DeskAction.WITHDRAW_CONSENT, idOf(consent), "withdrawn already");
            throw new MemberConsentConflictException("Member consent " + idOf(consent) + " was withdrawn already, at "
                    + consent.getWithdrawnAt());
        }
        MemberConsentState withdrawn = outputOf(policy.attempt(user, DeskAction.WITHDRAW_CONSENT, idOf(consent),
                () -> run(new WithdrawConsentFlow.Initiator(consent.getLinearId(), why))));
        policy.recordAllowed(user, DeskAction.WITHDRAW_CONSENT, idOf(withdrawn), null);
        return withdrawn;
    }

    /** The current version of every consent this node recorded (insurer) or is named in (provider), newest first. */
    public List<MemberConsentState> consents(DeskUser user) {
        policy.require(user, DeskAction.READ_CONSENTS, null);
        List<MemberConsentState> consents = node.ledger().vault().unconsumed(MemberConsentState.class).stream()
                .map(s -> s.getState().getData())
                .filter(c -> c.getInsurer().equals(node.identity()) || c.getProvider().equals(node.identity()))
                .sorted(NEWEST_FIRST)
                .collect(Collectors.toList());
        policy.recordAllowedEach(user, DeskAction.READ_CONSENTS, consents.stream().map(MemberConsentDesk::idOf).collect(Collectors.toList()));
        return consents;
    }

    /**
     * Asks the insurer for the claims other providers filed for the member; the insurer answers under the
     * member's consent for this provider, or refuses ({@link MemberHistoryRefusedException}).
     *
     * @param insurer the insurer's organisation or X.500 name; may be blank when the network has one insurer
     */
    public MemberHistoryAnswer history(DeskUser user, String memberId, String insurer) {
        policy.require(user, DeskAction.READ_MEMBER_HISTORY, null);
        String member = DeskText.required(memberId, "memberId", DeskText.LONGEST_IDENTIFIER);
        Party asked = insurerNamed(insurer);
        MemberHistoryAnswer answer = policy.attempt(user, DeskAction.READ_MEMBER_HISTORY, null,
                () -> completion.resultOf(node.startFlow(new MemberHistoryFlow.Initiator(asked.getName(), member)),
                        MemberConsentConflictException::new));
        if (answer.getRefusal() != null) {
            policy.recordRefused(user, DeskAction.READ_MEMBER_HISTORY, null, "no consent in force");
            throw new MemberHistoryRefusedException(answer.getRefusal());
        }
        policy.recordAllowed(user, DeskAction.READ_MEMBER_HISTORY, answer.getConsentId(), answer.getClaims().size() + " claims");
        return answer;
    }

    /** The node's time, by which a consent is in force or not. */
    public Instant now() {
        return node.services().clock().instant();
    }

    /** The id the desk names a consent by: its ledger (linear) id. */
    public static String idOf(MemberConsentState consent) {
        return consent.getLinearId().getId().toString();
    }

    /** The member id, if this insurer covers (or covered) the member: a consent is recorded for the insurer's own members. */
    private String enrolledMember(String memberId) {
        String member = DeskText.required(memberId, "memberId", DeskText.LONGEST_IDENTIFIER);
        boolean enrolled = node.ledger().vault().unconsumedWithKey(CoverageState.class, ClaimLookupKeys.member(member)).stream()
                .anyMatch(c -> c.getState().getData().getInsurer().equals(node.identity())
                        && c.getState().getData().getMemberId().equals(member));
        if (!enrolled) {
            throw new InvalidDeskInputException("memberId", "No member " + member + " is enrolled with this insurer");
        }
        return member;
    }

    private List<MemberConsentState> consentsOfMember(String member) {
        return node.ledger().vault().unconsumedWithKey(MemberConsentState.class, ClaimLookupKeys.member(member)).stream()
                .map(s -> s.getState().getData()).filter(c -> c.getInsurer().equals(node.identity()))
                .collect(Collectors.toList());
    }

    private Party providerNamed(String provider) {
        String name = DeskText.required(provider, "provider", DeskText.LONGEST_PARTY_NAME);
        return node.ledger().networkMap().partiesWithRole(NodeRole.PROVIDER).stream()
                .filter(p -> PartyNames.namedBy(p.getName(), name)).findFirst()
                .orElseThrow(() -> new InvalidDeskInputException("provider", "No provider " + name + " on the network map"));
    }

    private Party insurerNamed(String insurer) {
        List<Party> insurers = node.ledger().networkMap().partiesWithRole(NodeRole.INSURER);
        if (insurer == null || insurer.isBlank()) {
            if (insurers.size() != 1) {
                throw new InvalidDeskInputException("insurer", "Name the insurer: the network has " + insurers.size());
            }
            return insurers.get(0);
        }
        return insurers.stream().filter(p -> PartyNames.namedBy(p.getName(), insurer)).findFirst()
                .orElseThrow(() -> new InvalidDeskInputException("insurer", "No insurer " + insurer + " on the network map"));
    }

    private MemberConsentState ours(DeskUser user, String consentId) {
        Optional<StateAndRef<MemberConsentState>> found = DeskAccessPolicy.ledgerId(consentId)
                .flatMap(id -> node.ledger().vault().latest(id, MemberConsentState.class))
                .filter(s -> s.getState().getData().getInsurer().equals(node.identity()));
        if (found.isEmpty()) {
            policy.recordUnknown(user, DeskAction.WITHDRAW_CONSENT, consentId);
            throw new MemberConsentNotFoundException(consentId);
        }
        return found.get().getState().getData();
    }

    private SignedTransaction run(FlowLogic<SignedTransaction> flow) {
        return completion.resultOf(node.startFlow(flow), MemberConsentConflictException::new);
    }

    private static MemberConsentState outputOf(SignedTransaction transaction) {
        return transaction.getTx().outputsOfType(MemberConsentState.class).get(0);
    }
}
