/**
 * What the web module takes from the node runtime ({@code net.claimsnet.node.server.NodeRuntime},
 * the EJB module's startup singleton) as CDI beans: the P2P endpoint's InboundMessages and a
 * provider's record of the plans on its patients' cards. Each is null while the node is not running.
 */
package net.claimsnet.web.node;
