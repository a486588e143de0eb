package net.claimsnet.storage.jpa;

class PostgresJpaFilingReservationsTest extends JpaFilingReservationsContract {

    @Override
    TestDatabase createDatabase() {
        return new PostgresTestDatabase();
    }
}
