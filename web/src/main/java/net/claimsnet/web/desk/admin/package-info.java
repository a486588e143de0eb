/**
 * The node administrator's desk (NODE_ADMIN, pages under /admin/): the node's health, failed flows to
 * retry or abandon, and the insurer's coverage enrolment, one member by form or many by CSV in the
 * background (a {@code net.claimsnet.web.desk.jobs} batch over the file's lines, one member per call
 * to the coverage desk). Administrators read no claims; these screens call the same readings and desk
 * services as the REST API ({@code net.claimsnet.web.admin}, {@code CoverageDesk}).
 */
package net.claimsnet.web.desk.admin;
