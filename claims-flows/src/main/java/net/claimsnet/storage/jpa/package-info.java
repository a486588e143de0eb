/**
 * JPA adapters of the node's storage ports, and how they get a database transaction: resource-local
 * outside a server (tests, benchmarks, tools), JTA inside Payara. Sub-packages hold the entities.
 */
package net.claimsnet.storage.jpa;
