/**
 * Who may do what: users with Argon2id-hashed passwords and browser sessions, API tokens per
 * workspace (stored hashed), roles (viewer, editor, admin) and failed-login throttling.
 */
package org.icpengine.server.access;
