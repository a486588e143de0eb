/**
 * Limits on what a request may hold and how often it may come, checked before anything binds or stores
 * it: JSON bodies by size, nesting, string, number and list length (a streaming pass over the bounded
 * bytes, so no body can keep a thread busy), path and query parameters by length (400, 413 for size,
 * naming the limit and where), each user's requests a second (429 with Retry-After), and the users'
 * share of the request threads, so that peers' messages always find one (503 past it).
 */
package net.claimsnet.web.api.limits;
