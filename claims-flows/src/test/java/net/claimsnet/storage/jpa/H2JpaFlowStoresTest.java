package net.claimsnet.storage.jpa;

class H2JpaFlowStoresTest extends JpaFlowStoresContract {

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase();
    }
}
