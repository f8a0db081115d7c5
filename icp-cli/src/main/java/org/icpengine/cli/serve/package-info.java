/** {@code icp serve}: the ICP server, its database and API, until stopped. */
package org.icpengine.cli.serve;
