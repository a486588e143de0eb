/**
 * Contract tests of the JPA storage adapters, each run against an H2 file in a temporary directory
 * and against a fresh PostgreSQL database on the local server, with transactions built by the real kernel.
 */
package net.claimsnet.storage.jpa;
