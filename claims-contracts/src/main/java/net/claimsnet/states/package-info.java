/**
 * The claim ledger's data: states (claim, coverage, benefit accumulator, the auditor's access grant, a member's consent to share their history with a provider) and the immutable values they carry.
 * Java 8 and AMQP-serializable ({@code @CordaSerializable}, one constructor whose parameter names match the getters), because every node deserializes them inside the pinned contract attachment.
 */
package net.claimsnet.states;
