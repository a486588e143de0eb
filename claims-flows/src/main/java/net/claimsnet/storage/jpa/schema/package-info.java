/**
 * The database schema, owned by versioned Flyway migrations (db/migration) that run on PostgreSQL
 * and on H2 in PostgreSQL mode; Hibernate never creates or changes tables.
 */
package net.claimsnet.storage.jpa.schema;
