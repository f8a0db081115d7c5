/**
 * JSON shapes shared by every output that carries figures: start from {@link
 * org.icpengine.data.json.FigureJson}.
 */
package org.icpengine.data.json;
