package org.icpengine.web.view;

import org.icpengine.server.version.Version;

/**
 * A workspace's published version as the pages show it.
 *
 * @param version the version
 * @param icp its reading
 * @param distribution its dataset's score distribution as JSON, or null
 */
public record PublishedIcp(Version version, IcpView icp, String distribution) {}
