/**
 * Limits on what a request may hold, checked before anything binds or stores it: JSON bodies by size,
 * nesting, string, number and list length (a streaming pass over the bounded bytes, so no body can keep a
 * thread busy), and path and query parameters by length. A request over a limit is 400 (413 for size)
 * naming the limit and where in the request it was passed.
 */
package net.claimsnet.web.api.limits;
