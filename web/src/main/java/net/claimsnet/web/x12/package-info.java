/**
 * The node's X12 5010 interface under /x12 (HTTP Basic, the desk's users and roles):
 * {@link net.claimsnet.web.x12.X12Application} lists its resources so that they answer only there; the
 * resources are thin over the desk services and the readers and writers in the sub-packages.
 */
package net.claimsnet.web.x12;
