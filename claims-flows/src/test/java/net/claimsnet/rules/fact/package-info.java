/** Tests of the helpers the facts use: code formats and the order of findings. */
package net.claimsnet.rules.fact;
