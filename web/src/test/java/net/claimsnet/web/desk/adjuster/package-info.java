/** Tests of the adjuster desk's logic: form to desk input, arithmetic, paths, paging, batch payment outcomes. */
package net.claimsnet.web.desk.adjuster;
