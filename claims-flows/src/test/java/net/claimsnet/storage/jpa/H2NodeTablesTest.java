package net.claimsnet.storage.jpa;

class H2NodeTablesTest extends NodeTablesContract {

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase();
    }
}
