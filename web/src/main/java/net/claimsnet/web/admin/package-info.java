/**
 * The node operator's endpoints (role NODE_ADMIN): the node's machinery as counts and ids, never a
 * claim's content, so that an administrator (or the end-to-end tests) can see that flows finished,
 * messages went out and the notary committed what it was asked to.
 */
package net.claimsnet.web.admin;
