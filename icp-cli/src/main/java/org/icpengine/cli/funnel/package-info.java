/** {@code icp funnel}: start from {@link org.icpengine.cli.funnel.FunnelCommand}. */
package org.icpengine.cli.funnel;
