/**
 * Back-chain resolution: a node that receives a transaction fetches the dependencies it lacks from
 * the sender, which serves only the back chain of what it sent, and verifies each before recording it.
 */
package net.claimsnet.flows.resolution;
