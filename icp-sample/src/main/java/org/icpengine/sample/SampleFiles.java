package org.icpengine.sample;

import java.nio.file.Path;

/**
 * The three files written by {@link SampleCompany#write(Path)}.
 *
 * @param customers the Salesforce-style accounts export with outcomes, {@code customers.csv}
 * @param deals the HubSpot-style closed deals export, {@code deals.csv}
 * @param prospects the HubSpot-style prospect companies export without outcomes, {@code
 *     prospects.csv}
 */
public record SampleFiles(Path customers, Path deals, Path prospects) {}
