package org.icpengine.data.sources;

/**
 * The result of linking: the linked relations for the assembly and the report for the user.
 *
 * @param linked the linked relations
 * @param report how every file linked
 */
public record Linking(LinkedSources linked, LinkReport report) {}
