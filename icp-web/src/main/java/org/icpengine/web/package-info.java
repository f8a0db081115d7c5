/**
 * The web app: server-rendered pages (jte) on the ICP server for reviewing, signing off and
 * publishing the ICP, dashboards and the score explorer. Sessions and roles are the server's; every
 * form carries a CSRF token and every check is made on the server.
 */
package org.icpengine.web;
