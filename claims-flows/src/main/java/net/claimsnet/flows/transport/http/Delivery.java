package net.claimsnet.flows.transport.http;

/** Carries one signed message to a node's base address and says how it went (HTTP in production, a fake in tests). */
@FunctionalInterface
public interface Delivery {

    Outcome deliver(String baseAddress, byte[] body);

    /** Delivered, to be tried again later, or refused for good. */
    final class Outcome {

        /** What happened to one attempt. */
        public enum Kind { DELIVERED, RETRY, REFUSED }

        private static final Outcome DELIVERED = new Outcome(Kind.DELIVERED, null);

        private final Kind kind;
        private final String reason;

        private Outcome(Kind kind, String reason) {
            this.kind = kind;
            this.reason = reason;
        }

        public static Outcome delivered() {
            return DELIVERED;
        }

        /** The recipient could not take it now (down, overloaded, a network error). */
        public static Outcome retry(String reason) {
            return new Outcome(Kind.RETRY, reason);
        }

        /** The recipient refused it and will refuse it again (a 4xx from its P2P endpoint). */
        public static Outcome refused(String reason) {
            return new Outcome(Kind.REFUSED, reason);
        }

        public Kind kind() {
            return kind;
        }

        public String reason() {
            return reason;
        }

        @Override
        public String toString() {
            return kind + (reason == null ? "" : ": " + reason);
        }
    }
}
