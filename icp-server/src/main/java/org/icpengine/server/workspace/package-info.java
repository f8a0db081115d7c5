/** Workspaces (one per company or team), their members and which ICP version is published. */
package org.icpengine.server.workspace;
