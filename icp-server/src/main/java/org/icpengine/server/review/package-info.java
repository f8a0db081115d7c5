/**
 * Cross-team review of a version: comments threaded on its traits, a sign-off per department, and
 * the rule that a workspace's required departments must approve before it is published.
 */
package org.icpengine.server.review;
