package net.claimsnet.web.desk.billing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.contracts.ClaimLifecycle;
import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.FilingResult;
import net.claimsnet.node.desk.InvalidDeskInputException;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.Sex;
import net.claimsnet.web.desk.DeskCalls;
import net.claimsnet.web.desk.DeskPages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The new-claim form ({@code /billing/new-claim.xhtml}): "Check" runs the provider's scrub rules and
 * shows each finding next to its input; "Submit" files the claim (or, with {@code ?replaces=<ledger id>},
 * its correction as a replacement) and opens the filed claim's page.
 */
@Named("newClaim")
@ViewScoped
public class NewClaimPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DeskCalls desk;

    /** The page's {@code replaces} parameter, as given. */
    private String replaces;
    /** The ledger id of the claim this form replaces, once it was found; null for a new claim. */
    private String original;
    /** The replaced claim's own claim id, for the heading. */
    private String replacedClaimId;
    private ClaimForm form;
    private FormFindings findings = FormFindings.none();
    /** The last member look-up's answer; null until the clerk looks the member up. */
    private MemberCoverage memberCoverage;

    @PostConstruct
    void init() {
        form = ClaimForm.blank(ClaimIds.fresh(LocalDate.now()));
    }

    /** On opening: with {@code replaces}, fills the form from the claim being corrected. */
    public void open() {
        if (replaces == null || replaces.isBlank()) {
            return;
        }
        Optional<ClaimState> found = desk.attempt(() -> desk.claims().claim(desk.user().deskUser(), replaces.trim()));
        if (found.isEmpty()) {
            return;
        }
        if (!ClaimLifecycle.REPLACE.allowedOn(found.get())) {
            // Said before the clerk types a correction the desk would refuse on submit.
            desk.error(ClaimLifecycle.REPLACE.refusal(found.get()),
                    "A paid or closed claim is corrected by an appeal, not a replacement.");
            return;
        }
        original = ClaimDesk.idOf(found.get());
        replacedClaimId = found.get().getClaim().getClaimId();
        form = ClaimFormMapper.form(found.get().getClaim());
        if (form.getLines().isEmpty()) {
            form.addLine();
        }
    }

    /**
     * Asks the insurer whether the member on the form is covered on the first line's date of service
     * (today when no line has a date yet); fills the plan from the answer when the clerk left it empty.
     */
    public void lookUpMember() {
        LocalDate asOf = form.getLines().stream().map(ServiceLineForm::getDateOfService).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(LocalDate.now());
        memberCoverage = null;
        desk.attempt(() -> desk.claims().eligibility(desk.user().deskUser(), form.getMemberId(), asOf, null))
                .map(MemberCoverage::of)
                .ifPresent(found -> {
                    memberCoverage = found;
                    if (found.covered() && (form.getPlanId() == null || form.getPlanId().isBlank())) {
                        form.setPlanId(found.planId());
                    }
                });
    }

    public MemberCoverage getMemberCoverage() {
        return memberCoverage;
    }

    /** Runs the scrub rules on the form as it stands; files nothing. */
    public void check() {
        Optional<ClaimDetails> claim = claim();
        if (claim.isEmpty()) {
            return;
        }
        desk.attempt(() -> desk.claims().check(desk.user().deskUser(), claim.get(), form.getPlanId())).ifPresent(found -> {
            show(found);
            if (findings.isEmpty()) {
                desk.info("No problems found", "The rules found nothing to fix. Submit when you are ready.");
            } else if (findings.getErrorCount() == 0) {
                desk.info("Only warnings", "The claim can be submitted; read the warnings marked below first.");
            } else {
                desk.error(findings.getErrorCount() + " problem(s) to fix", "Each is marked next to its field or line below.");
            }
        });
    }

    /**
     * Files the claim through the desk (the scrub runs again there); when the rules refuse it nothing is
     * filed and the findings are shown, else the filed claim's page opens (also when the same claim was
     * filed already, saying so).
     */
    public String submit() {
        Optional<ClaimDetails> claim = claim();
        if (claim.isEmpty()) {
            return null;
        }
        String planId = form.getPlanId();
        Optional<FilingResult> result = desk.attempt(() -> original == null
                ? desk.claims().submit(desk.user().deskUser(), claim.get(), planId, null)
                : desk.claims().replace(desk.user().deskUser(), original, claim.get(), planId));
        if (result.isEmpty()) {
            return null;
        }
        show(result.get().findings());
        if (!result.get().isFiled()) {
            desk.error("Not filed: " + findings.getErrorCount() + " problem(s) to fix",
                    "Nothing was sent. Fix what is marked below, then submit again.");
            return null;
        }
        ClaimState filed = result.get().filed();
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        if (result.get().alreadyFiled()) {
            // Sent twice (a double click, a retry): the claim filed the first time, whose page opens.
            desk.info("Claim " + filed.getClaim().getClaimId() + " was filed already",
                    "It was filed before with these same details; nothing new was sent. This is its page.");
            return DeskPages.CLAIM + "?faces-redirect=true&id=" + ClaimDesk.idOf(filed);
        }
        desk.info((original == null ? "Claim " : "Replacement claim ") + filed.getClaim().getClaimId() + " filed",
                "The insurer has it now" + (findings.isEmpty() ? "." : "; " + findings.getWarningCount() + " warning(s) noted."));
        return DeskPages.CLAIM + "?faces-redirect=true&id=" + ClaimDesk.idOf(filed);
    }

    /** The claim the form describes; when an input is missing or malformed, it is marked and nothing comes back. */
    private Optional<ClaimDetails> claim() {
        try {
            return Optional.of(ClaimFormMapper.details(form));
        } catch (InvalidDeskInputException e) {
            show(List.of(ScrubFinding.error("complete-the-form", e.field(), e.getMessage())));
            desk.error("The claim is not complete", e.getMessage());
            return Optional.empty();
        }
    }

    private void show(List<ScrubFinding> found) {
        findings = FormFindings.place(found, form.getLines().size(), ClaimFormMapper.diagnosisRows(form));
    }

    public void addLine() {
        form.addLine();
    }

    public void removeLine(int index) {
        form.removeLine(index);
        findings = FormFindings.none();
    }

    public void addDiagnosis() {
        form.addDiagnosis();
    }

    public void removeDiagnosis(int index) {
        form.removeDiagnosis(index);
        findings = FormFindings.none();
    }

    public boolean isReplacement() {
        return original != null;
    }

    public String getReplaces() {
        return replaces;
    }

    public void setReplaces(String replaces) {
        this.replaces = replaces;
    }

    public String getReplacedClaimId() {
        return replacedClaimId;
    }

    public ClaimForm getForm() {
        return form;
    }

    public FormFindings getFindings() {
        return findings;
    }

    public ClaimType[] getTypes() {
        return ClaimType.values();
    }

    public Sex[] getSexes() {
        return Sex.values();
    }
}
