package net.claimsnet.storage.jpa;

class PostgresJpaFlowStoresTest extends JpaFlowStoresContract {

    @Override
    TestDatabase createDatabase() {
        return new PostgresTestDatabase();
    }
}
