package net.claimsnet.storage.jpa;

class PostgresColumnKeyRotationTest extends ColumnKeyRotationContract {

    @Override
    TestDatabase createDatabase() {
        return new PostgresTestDatabase();
    }
}
