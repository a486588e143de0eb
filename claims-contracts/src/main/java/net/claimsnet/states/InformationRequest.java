package net.claimsnet.states;

import net.corda.core.crypto.SecureHash;
import net.corda.core.serialization.CordaSerializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An insurer's request for more information on a claim (question and requested items, e.g. RARC
 * codes such as N264) and, once given, the provider's answer: text and/or documents by hash.
 */
@CordaSerializable
public final class InformationRequest {

    private final String question;
    private final List<String> requestedItems;
    private final String answer;
    private final List<SecureHash> answerAttachmentHashes;

    public InformationRequest(
            String question,
            List<String> requestedItems,
            String answer,
            List<SecureHash> answerAttachmentHashes) {
        this.question = question;
        this.requestedItems = requestedItems == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(requestedItems));
        this.answer = answer;
        this.answerAttachmentHashes = answerAttachmentHashes == null ? Collections.<SecureHash>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(answerAttachmentHashes));
    }

    public String getQuestion() { return question; }

    /** What is asked for, as remark codes (RARC) or document types. */
    public List<String> getRequestedItems() { return requestedItems; }

    /** The provider's answer; null while the request is open. */
    public String getAnswer() { return answer; }

    public List<SecureHash> getAnswerAttachmentHashes() { return answerAttachmentHashes; }

    public InformationRequest withQuestion(String question) {
        return new InformationRequest(question, requestedItems, answer, answerAttachmentHashes);
    }

    public InformationRequest withRequestedItems(List<String> requestedItems) {
        return new InformationRequest(question, requestedItems, answer, answerAttachmentHashes);
    }

    public InformationRequest withAnswer(String answer) {
        return new InformationRequest(question, requestedItems, answer, answerAttachmentHashes);
    }

    public InformationRequest withAnswerAttachmentHashes(List<SecureHash> answerAttachmentHashes) {
        return new InformationRequest(question, requestedItems, answer, answerAttachmentHashes);
    }

    /** An open request: one the provider has not answered yet. */
    public static InformationRequest open(String question, List<String> requestedItems) {
        return new InformationRequest(question, requestedItems, null, Collections.<SecureHash>emptyList());
    }

    /** This request with the provider's answer. */
    public InformationRequest answered(String answer, List<SecureHash> answerAttachmentHashes) {
        return new InformationRequest(question, requestedItems, answer, answerAttachmentHashes);
    }

    /** Whether the provider has answered (with text or documents). */
    public boolean hasAnswer() {
        return (answer != null && answer.trim().length() > 0) || !answerAttachmentHashes.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof InformationRequest)) return false;
        InformationRequest that = (InformationRequest) o;
        return Objects.equals(question, that.question)
                && Objects.equals(requestedItems, that.requestedItems)
                && Objects.equals(answer, that.answer)
                && Objects.equals(answerAttachmentHashes, that.answerAttachmentHashes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(question, requestedItems, answer, answerAttachmentHashes);
    }

    @Override
    public String toString() {
        return "InformationRequest(question=" + question
                + ", requestedItems=" + requestedItems
                + ", answer=" + answer
                + ", answerAttachmentHashes=" + answerAttachmentHashes + ")";
    }
}
