/** {@code icp score}: every row of a file scored with a derived ICP's fit model. */
package org.icpengine.cli.score;
