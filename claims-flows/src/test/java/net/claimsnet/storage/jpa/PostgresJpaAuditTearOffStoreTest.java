package net.claimsnet.storage.jpa;

class PostgresJpaAuditTearOffStoreTest extends JpaAuditTearOffStoreContract {

    @Override
    TestDatabase createDatabase() {
        return new PostgresTestDatabase();
    }
}
