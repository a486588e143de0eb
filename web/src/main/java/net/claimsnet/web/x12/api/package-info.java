/**
 * The /x12 resources: POST /x12/837 (a 999 at once, the claims filed in the background),
 * GET /x12/837/{interchange control number} (the file's progress, claim by claim, in JSON) and
 * GET /x12/277ca/{interchange control number} (each claim's business result). BILLING on a provider node.
 */
package net.claimsnet.web.x12.api;
