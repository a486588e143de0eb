package net.claimsnet.storage.jpa;

class H2ColumnKeyRotationTest extends ColumnKeyRotationContract {

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase();
    }
}
