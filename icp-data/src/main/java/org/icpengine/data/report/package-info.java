/**
 * The self-contained HTML report of a derived ICP: {@link org.icpengine.data.report.ReportHtml}
 * writes it, one call per section; {@link org.icpengine.data.report.BusinessSummary} writes page
 * one in business words (with {@link org.icpengine.data.report.CustomerTiers} and {@link
 * org.icpengine.data.report.TeamActions}) from the figures of {@link
 * org.icpengine.data.report.ReportData}; {@link org.icpengine.data.report.Html} escapes every value
 * from the data, {@link org.icpengine.data.report.Charts} draws inline SVG, {@link
 * org.icpengine.data.report.ScoreQualitySection} and {@link
 * org.icpengine.data.report.PointsSection} write the fit score's sections.
 */
package org.icpengine.data.report;
