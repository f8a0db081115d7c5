package org.icpengine.server.personas;

import org.icpengine.data.personas.PersonaReport;

/**
 * A workspace's buyer personas, stamped with what they were computed from.
 *
 * @param version the number of the version whose model gave the accounts' tiers
 * @param state the version's state when computed (published, draft, …)
 * @param datasetId the linked dataset's id
 * @param datasetName the linked dataset's name
 * @param report the personas, committees, contact-fit points and committee gaps
 */
public record WorkspacePersonas(
    int version, String state, long datasetId, String datasetName, PersonaReport report) {}
