/**
 * {@code ./bench desk}: how fast the claims desk's pages answer the running network's users: concurrent
 * desk sessions, each logged in through the login form as a browser does it, reading the claims list, a
 * claim and the work queue of a node holding many claims (filed first over the REST API if it holds too
 * few). JDK only, like the network benchmark whose REST client and claim generator it reuses, so
 * {@code ./bench} compiles both with {@code javac}, without a Maven build.
 */
package net.claimsnet.bench.desk;
