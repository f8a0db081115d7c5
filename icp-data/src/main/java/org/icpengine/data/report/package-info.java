/**
 * The self-contained HTML report of a derived ICP: {@link org.icpengine.data.report.ReportHtml}
 * writes it, {@link org.icpengine.data.report.Html} escapes every value from the data, {@link
 * org.icpengine.data.report.Charts} draws inline SVG, {@link
 * org.icpengine.data.report.ScoreQualitySection} and {@link
 * org.icpengine.data.report.PointsSection} write the fit score's sections.
 */
package org.icpengine.data.report;
