package net.claimsnet.storage.jpa;

class H2JpaLedgerStoresTest extends JpaLedgerStoresContract {

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase();
    }
}
