package net.claimsnet.storage.jpa;

class H2JpaIdempotencyKeysTest extends JpaIdempotencyKeysContract {

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase();
    }
}
