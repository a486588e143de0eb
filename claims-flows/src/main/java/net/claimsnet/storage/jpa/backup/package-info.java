/**
 * Online backups of a node's database and their restore: H2's own consistent {@code BACKUP TO} (taken
 * while the node runs, in one transaction's view) and {@code org.h2.tools.Restore}; PostgreSQL's are
 * {@code pg_dump}/{@code pg_restore}, run by {@code ./network}. Column values stay encrypted in a backup.
 */
package net.claimsnet.storage.jpa.backup;
