package org.icpengine.server.api;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The server's Prometheus metrics: requests, latencies, scores served and derive jobs. */
public final class Metrics {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter requests =
      Counter.builder()
          .name("icp_http_requests_total")
          .help("HTTP requests by method, route and status")
          .labelNames("method", "route", "status")
          .register(registry);
  private final Histogram latency =
      Histogram.builder()
          .name("icp_http_request_duration_seconds")
          .help("HTTP request latency by route")
          .labelNames("route")
          .classicUpperBounds(
              0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
          .register(registry);
  private final Counter scores =
      Counter.builder()
          .name("icp_scores_served_total")
          .help("Accounts scored, by how they were sent")
          .labelNames("mode")
          .register(registry);
  private final Counter jobs =
      Counter.builder()
          .name("icp_jobs_total")
          .help("Derive jobs ended, by outcome")
          .labelNames("outcome")
          .register(registry);
  private final Gauge running =
      Gauge.builder()
          .name("icp_jobs_running")
          .help("Derive jobs started, not yet ended")
          .register(registry);

  /** Counts a request. */
  public void request(String method, String route, int status, double seconds) {
    requests.labelValues(method, route, String.valueOf(status)).inc();
    latency.labelValues(route).observe(seconds);
  }

  /** Counts accounts scored: mode is single, json or csv. */
  public void scored(String mode, long accounts) {
    scores.labelValues(mode).inc(accounts);
  }

  /** Counts a started job. */
  public void jobStarted() {
    running.inc();
  }

  /** Counts an ended job. */
  public void jobEnded(String outcome) {
    running.dec();
    jobs.labelValues(outcome).inc();
  }

  /** Returns every metric in Prometheus's text format. */
  public String scrape() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
