/** {@code icp assemble}: start from {@link org.icpengine.cli.assemble.AssembleCommand}. */
package org.icpengine.cli.assemble;
