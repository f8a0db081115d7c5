/**
 * The buyer personas of a workspace: {@code data.personas} run on the workspace's newest linked
 * dataset's exports (contacts, roles, survey, touches) with the published version or another of its
 * versions, kept in memory per version and dataset. Start from {@link
 * org.icpengine.server.personas.BuyerPersonas}.
 */
package org.icpengine.server.personas;
