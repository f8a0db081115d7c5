package org.icpengine.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small HTTP client for the API tests: one caller's credentials, JSON in and out. */
public final class Http {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final String base;
  private final List<String> headers;

  private Http(String base, List<String> headers) {
    this.base = base;
    this.headers = List.copyOf(headers);
  }

  /** Returns a client without credentials. */
  public static Http anonymous(int port) {
    return new Http("http://127.0.0.1:" + port, List.of());
  }

  /** Returns a client sending the token. */
  public Http withToken(String token) {
    return with("Authorization", "Bearer " + token);
  }

  /** Returns a client sending one more header. */
  public Http with(String name, String value) {
    List<String> more = new ArrayList<>(headers);
    more.add(name);
    more.add(value);
    return new Http(base, more);
  }

  /** An answer. */
  public record Answer(int status, java.net.http.HttpHeaders headers, String text) {
    /** Returns the body as JSON. */
    public JsonNode json() {
      try {
        return JSON.readTree(text);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + text, e);
      }
    }

    /** Returns a header, if present. */
    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }
  }

  /** GETs a path. */
  public Answer get(String path) {
    return send(request(path).GET());
  }

  /** DELETEs a path. */
  public Answer delete(String path) {
    return send(request(path).DELETE());
  }

  /** POSTs JSON. */
  public Answer post(String path, Object json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(text(json))));
  }

  /** PATCHes JSON. */
  public Answer patch(String path, Object json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(text(json))));
  }

  /** PUTs JSON. */
  public Answer put(String path, Object json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(text(json))));
  }

  /** POSTs a file as the body. */
  public Answer postFile(String path, Path file, String contentType) {
    try {
      return send(
          request(path)
              .header("Content-Type", contentType)
              .POST(HttpRequest.BodyPublishers.ofFile(file)));
    } catch (java.io.FileNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    for (int i = 0; i < headers.size(); i += 2) {
      builder.header(headers.get(i), headers.get(i + 1));
    }
    return builder;
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String text(Object json) {
    if (json instanceof String) {
      return (String) json;
    }
    try {
      return JSON.writeValueAsString(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
