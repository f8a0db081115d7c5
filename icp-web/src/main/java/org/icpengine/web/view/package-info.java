/** What the templates show: small records read from the server's domain and icp.json. */
package org.icpengine.web.view;
