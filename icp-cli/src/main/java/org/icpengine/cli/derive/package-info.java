/** {@code icp derive}: start from {@link org.icpengine.cli.derive.DeriveCommand}. */
package org.icpengine.cli.derive;
