/**
 * End-to-end tests of the claims desk in a real browser (headless Debian Chromium driven by Selenium,
 * checked by axe-core) against the running network: {@link net.claimsnet.web.e2e.desk.DeskBrowser} is the
 * harness, the *E2E classes here the tests. They run with the other *E2E classes (profile network-e2e).
 */
package net.claimsnet.web.e2e.desk;
