/**
 * Operators' commands against the server's app database: {@code icp db}, {@code icp workspaces},
 * {@code icp users}, {@code icp tokens}.
 */
package org.icpengine.cli.operate;
