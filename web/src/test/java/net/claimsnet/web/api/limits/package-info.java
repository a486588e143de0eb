/** Unit tests of the request limits: each limit passed (refused, named) and kept (accepted). */
package net.claimsnet.web.api.limits;
