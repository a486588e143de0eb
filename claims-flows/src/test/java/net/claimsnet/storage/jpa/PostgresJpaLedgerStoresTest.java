package net.claimsnet.storage.jpa;

class PostgresJpaLedgerStoresTest extends JpaLedgerStoresContract {

    @Override
    TestDatabase createDatabase() {
        return new PostgresTestDatabase();
    }
}
