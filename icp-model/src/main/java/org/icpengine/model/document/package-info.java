/**
 * icp.json, the document {@code icp derive} writes and every other command, the server and the web
 * app read: its one typed reader and writer. The fit model and its evaluation as JSON ({@link
 * org.icpengine.model.document.ScoreModelJson}) and the JSON shapes of figures ({@link
 * org.icpengine.model.document.FigureJson}). Reading checks every part, so a hand-edited file that
 * no longer makes sense is refused with what is wrong.
 */
package org.icpengine.model.document;
