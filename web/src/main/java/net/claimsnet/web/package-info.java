/**
 * The node's web module: the claims desk (Jakarta Faces pages under {@code /}, package {@code desk}),
 * the JSON API ({@code /api}, package {@code api}), node administration, health, the inbound P2P
 * endpoint and the one authentication mechanism that serves them all ({@code security}).
 */
package net.claimsnet.web;
