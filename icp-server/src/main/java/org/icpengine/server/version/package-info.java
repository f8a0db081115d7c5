/**
 * ICP versions: each derive or import makes one; they move draft → in review → published →
 * archived, exactly one published per workspace; drafts are edited under optimistic locking.
 */
package org.icpengine.server.version;
