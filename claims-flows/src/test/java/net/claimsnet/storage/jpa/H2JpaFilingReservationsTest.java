package net.claimsnet.storage.jpa;

class H2JpaFilingReservationsTest extends JpaFilingReservationsContract {

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase();
    }
}
