/**
 * Keeping the published ICP true: each workspace's re-evaluation setting (every N months, and on
 * drift), drift checks of every new dataset against the dataset the published version was derived
 * from, drift alarms, and the re-evaluations that derive a new draft and put it up for review.
 * {@link org.icpengine.server.monitor.Monitor} is the scheduler's work (run by db-scheduler over
 * the app database); {@link org.icpengine.server.monitor.Health} is what the dashboard and the API
 * show.
 */
package org.icpengine.server.monitor;
