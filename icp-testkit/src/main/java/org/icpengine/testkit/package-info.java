/**
 * What the tests of several modules share: {@link org.icpengine.testkit.SampleIcp} (the sample
 * company's files and its icp.json, derived once per run) and {@link org.icpengine.testkit.Http}
 * (an API client with one caller's credentials). Ordinary main code, so that every build of the
 * reactor builds it; modules depend on it with test scope only.
 */
package org.icpengine.testkit;
