package net.claimsnet.flows.transport.http;

/** Carries one signed message (or a {@link MessageBatch}) to a node's base address and says how it went (HTTP in production, a fake in tests). */
@FunctionalInterface
public interface Delivery {

    Outcome deliver(String baseAddress, byte[] body);

    /** Delivered, to be tried again later, or refused for good. */
    final class Outcome {

        /** What happened to one attempt. */
        public enum Kind { DELIVERED, RETRY, REFUSED }

        private static final Outcome DELIVERED = new Outcome(Kind.DELIVERED, null, null);

        private final Kind kind;
        private final String reason;
        private final String answer;

        private Outcome(Kind kind, String reason, String answer) {
            this.kind = kind;
            this.reason = reason;
            this.answer = answer;
        }

        public static Outcome delivered() {
            return DELIVERED;
        }

        /** Delivered, with what the recipient answered (for a batch: which messages it refused). */
        public static Outcome delivered(String answer) {
            return new Outcome(Kind.DELIVERED, null, answer);
        }

        /** The recipient could not take it now (down, overloaded, a network error). */
        public static Outcome retry(String reason) {
            return new Outcome(Kind.RETRY, reason, null);
        }

        /** The recipient refused it and will refuse it again (a 4xx from its P2P endpoint). */
        public static Outcome refused(String reason) {
            return new Outcome(Kind.REFUSED, reason, null);
        }

        public Kind kind() {
            return kind;
        }

        public String reason() {
            return reason;
        }

        /** The recipient's answer to a delivered message; null when not known. */
        public String answer() {
            return answer;
        }

        @Override
        public String toString() {
            return kind + (reason == null ? "" : ": " + reason);
        }
    }
}
