/**
 * Taking in an 837 file: {@link net.claimsnet.web.x12.intake.ClaimFileIntake} reviews it (999 at
 * once), then files every accepted claim through the desk's own submission (ClaimDesk: scrub, then the
 * ledger flow) as a background batch job, and keeps the file by interchange control number for its
 * progress and its 277CA. Used by the /x12 API and the billing desk's upload page alike.
 */
package net.claimsnet.web.x12.intake;
