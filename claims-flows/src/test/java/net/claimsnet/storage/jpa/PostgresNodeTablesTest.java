package net.claimsnet.storage.jpa;

class PostgresNodeTablesTest extends NodeTablesContract {

    @Override
    TestDatabase createDatabase() {
        return new PostgresTestDatabase();
    }
}
