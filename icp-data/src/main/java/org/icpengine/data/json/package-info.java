/**
 * JSON shapes shared by every output that carries figures: the shapes themselves are in icp-model
 * ({@link org.icpengine.model.document.FigureJson}), beside icp.json's reader and writer.
 */
package org.icpengine.data.json;
