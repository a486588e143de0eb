/**
 * MicroProfile Health checks, served by Payara at /health (/health/ready, /health/live): what
 * {@code ./network up} waits for before it calls a node started.
 */
package net.claimsnet.web.health;
