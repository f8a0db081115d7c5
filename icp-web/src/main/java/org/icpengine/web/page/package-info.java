/** One class per page or group of pages: reads the request, checks the role, renders. */
package org.icpengine.web.page;
