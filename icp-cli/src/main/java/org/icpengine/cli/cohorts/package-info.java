/** {@code icp cohorts}: start from {@link org.icpengine.cli.cohorts.CohortsCommand}. */
package org.icpengine.cli.cohorts;
