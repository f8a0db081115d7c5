/**
 * A seeded generator of realistic, messy CRM exports of a fictional B2B SaaS company, Northwind
 * Analytics, with a planted Ideal Customer Profile that other modules' tests check against.
 *
 * <p>Start from {@link org.icpengine.sample.SampleCompany}: {@code
 * SampleCompany.builder().seed(42).build().write(dir)} writes {@code customers.csv} (Salesforce
 * style), {@code deals.csv} and {@code prospects.csv} (HubSpot style) and returns their {@link
 * org.icpengine.sample.SampleFiles}. {@link org.icpengine.sample.PlantedIcp} states the planted
 * truth; {@link org.icpengine.sample.BenchTable} streams a wide 30-column table of any length for
 * benchmarks. The same seed always yields byte-identical files. The linked export of the same
 * company (eight files, economics computed from the records) lives in {@code
 * org.icpengine.sample.linked}, which uses this package's draws, spellings and CSV writer.
 */
package org.icpengine.sample;
