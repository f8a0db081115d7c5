package org.icpengine.web.view;

/**
 * How one trait differs between two versions.
 *
 * @param condition the trait
 * @param change added, removed or changed
 * @param before its lift in the older version, or null
 * @param after its lift in the newer version, or null
 */
public record TraitChange(String condition, String change, TraitView before, TraitView after) {}
