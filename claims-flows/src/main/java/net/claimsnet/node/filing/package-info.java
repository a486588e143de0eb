/**
 * One claim per provider claim id: the durable reservation a filing makes of its claim id in the same
 * database transaction that starts its flow, the port that keeps it (its in-memory double is in the tests), and the
 * fingerprint that tells the same filing sent again from a different claim under the same id; and the
 * port keeping the requests the API answered under an Idempotency-Key header, to replay their answers.
 */
package net.claimsnet.node.filing;
