package net.claimsnet.storage.jpa;

class H2JpaAuditTearOffStoreTest extends JpaAuditTearOffStoreContract {

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase();
    }
}
