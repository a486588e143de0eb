/**
 * The network map as this node received it: each operator-signed map by version, and its entries
 * (legal name, role, key, P2P address) for lookups without deserializing the map.
 */
package net.claimsnet.storage.jpa.network;
