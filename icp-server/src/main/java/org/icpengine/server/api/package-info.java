/**
 * The HTTP face of the server (Javalin): the REST API under {@code /api/v1} described by {@code
 * /api/v1/openapi.json}, authentication, problem documents for every error, security headers,
 * health, readiness and Prometheus metrics.
 */
package org.icpengine.server.api;
