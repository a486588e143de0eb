package net.claimsnet.web.desk.adjuster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.claimsnet.rules.reference.ReasonCode;
import net.claimsnet.web.desk.DeskReferenceData;
import net.claimsnet.web.desk.claims.ReasonTexts;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The reason codes the CARC and RARC pickers offer: those of the node's reference data
 * (config/reference/reason-codes.csv), with their words. A code typed that is not offered is still
 * sent, and the desk's rules decide.
 */
@Named
@ApplicationScoped
public class ReasonCodeChoices {

    @Inject
    private DeskReferenceData reference;

    @Inject
    private ReasonTexts texts;

    /** The CARCs whose code starts with, or whose words contain, what was typed, for the picker. */
    public List<String> completeCarc(String typed) {
        return matching("CARC", typed);
    }

    public List<String> completeRarc(String typed) {
        return matching("RARC", typed);
    }

    /** "45 — the words", as the picker lists a code. */
    public String carcLabel(String code) {
        return label(code, texts.carc(code), "CARC");
    }

    public String rarcLabel(String code) {
        return label(code, texts.rarc(code), "RARC");
    }

    private List<String> matching(String type, String typed) {
        return reference.current().map(r -> matching(r.reasonCodes(type), typed)).orElse(List.of());
    }

    /** The codes of the list whose code starts with, or whose words contain, the typed text (all when blank). */
    static List<String> matching(List<ReasonCode> codes, String typed) {
        String wanted = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        return codes.stream()
                .filter(r -> wanted.isEmpty() || r.code().toLowerCase(Locale.ROOT).startsWith(wanted)
                        || r.description().toLowerCase(Locale.ROOT).contains(wanted))
                .map(ReasonCode::code)
                .collect(Collectors.toList());
    }

    /** The texts answer "CARC 45" for a code they lack: the code alone says as much. */
    private static String label(String code, String words, String type) {
        if (code == null) {
            return "";
        }
        return words.equals(type + " " + code) ? code : code + " — " + words;
    }
}
