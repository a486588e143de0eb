package net.claimsnet.storage.jpa;

class PostgresDurableCommitsTest extends DurableCommitsContract {

    @Override
    TestDatabase createDatabase() {
        return new PostgresTestDatabase();
    }

    @Override
    boolean syncsAfterCommits() {
        return false;
    }
}
