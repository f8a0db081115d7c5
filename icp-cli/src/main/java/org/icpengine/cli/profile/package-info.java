/** {@code icp profile}: start from {@link org.icpengine.cli.profile.ProfileCommand}. */
package org.icpengine.cli.profile;
