/** The audit log: every change, who made it and when, written in the change's own transaction. */
package org.icpengine.server.audit;
