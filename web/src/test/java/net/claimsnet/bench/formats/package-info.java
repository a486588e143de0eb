/** Benchmarks of the industry formats: how many claims one core reads, checks and maps per second. */
package net.claimsnet.bench.formats;
