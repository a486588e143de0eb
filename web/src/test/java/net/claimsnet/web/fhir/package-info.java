/** Tests of /fhir without a server: parsing, validation, the mapping both ways, every shared FHIR sample. */
package net.claimsnet.web.fhir;
