/**
 * A node's database outside an application server (tests, benchmarks, tools): settings, a
 * migrated schema and a resource-local EntityManagerFactory over the same persistence unit.
 */
package net.claimsnet.storage.jpa.standalone;
