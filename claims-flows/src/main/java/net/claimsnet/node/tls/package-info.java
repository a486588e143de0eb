/**
 * The TLS side of a node's identity, apart from its ledger identity: P2P travels over mutual TLS,
 * each node presenting a certificate that the network's TLS root CA issued for its legal name, and
 * trusting that root only. The TLS keys are EC P-256 keys of their own, never the nodes' Ed25519
 * ledger keys: a TLS key can be replaced (a new certificate, a new host) without touching a node's
 * identity on the ledger, and the ledger key never leaves the node's key store for a TLS stack.
 *
 * <p>{@link net.claimsnet.node.tls.TlsCertificateIssuer} makes the root and the node certificates
 * (BouncyCastle), {@link net.claimsnet.node.tls.TlsKeyStores} keeps them in PKCS12 stores and PEM,
 * {@link net.claimsnet.node.tls.NodeTlsIdentity} is a node's key store and truststore loaded, with
 * the {@link javax.net.ssl.SSLContext} its P2P client and listener use. Where the files are, and when
 * they are issued, is the bootstrap's ({@link net.claimsnet.node.bootstrap.NetworkFiles}).
 */
package net.claimsnet.node.tls;
