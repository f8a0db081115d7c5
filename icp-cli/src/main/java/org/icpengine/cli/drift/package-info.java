/**
 * {@code icp drift}: whether the ICP's score model still describes the accounts. Start from {@link
 * org.icpengine.cli.drift.DriftCommand}; {@link org.icpengine.cli.drift.DriftText} prints the
 * report for a terminal.
 */
package org.icpengine.cli.drift;
