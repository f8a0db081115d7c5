/**
 * The embedded analytics engine (DuckDB) that reads, cleans and aggregates customer files. Start
 * from {@link org.icpengine.data.engine.Engine}.
 */
package org.icpengine.data.engine;
