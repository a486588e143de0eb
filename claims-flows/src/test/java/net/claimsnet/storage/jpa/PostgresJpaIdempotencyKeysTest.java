package net.claimsnet.storage.jpa;

class PostgresJpaIdempotencyKeysTest extends JpaIdempotencyKeysContract {

    @Override
    TestDatabase createDatabase() {
        return new PostgresTestDatabase();
    }
}
