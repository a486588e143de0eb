/**
 * JPA adapters of the node's storage ports, and how they get a database transaction: resource-local
 * outside a server (tests, benchmarks, tools), JTA inside Payara, and how they protect the columns that
 * hold PHI or serialized data: {@code ColumnEncryption} (AES-256-GCM, compressed first, bound to table
 * and row) and {@code LookupKeyHash} (HMAC-SHA256 of look-up identifiers), with the node's
 * {@code ColumnKeys}, in generations after a rotation ({@code ColumnKeyRing}; {@code ColumnReencryption}
 * rewrites what older generations wrote). Sub-packages hold the entities.
 */
package net.claimsnet.storage.jpa;
