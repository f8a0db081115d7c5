package org.icpengine.server;

/**
 * A request the server refuses, with the kind of refusal and a one-line message saying what is
 * wrong and what to do. The API turns it into a problem document once, in one place.
 */
public final class ServerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a request is refused; each maps to one HTTP status. */
  public enum Kind {
    BAD_REQUEST(400, "Bad request"),
    UNAUTHORIZED(401, "Sign-in required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    CONFLICT(409, "Conflict"),
    TOO_LARGE(413, "Too large"),
    UNPROCESSABLE(422, "Unprocessable input"),
    TOO_MANY(429, "Too many attempts"),
    UNAVAILABLE(503, "Unavailable");

    private final int status;
    private final String title;

    Kind(int status, String title) {
      this.status = status;
      this.title = title;
    }

    /** Returns the HTTP status. */
    public int status() {
      return status;
    }

    /** Returns the problem document's title. */
    public String title() {
      return title;
    }
  }

  private final Kind kind;

  /** Creates the refusal. */
  public ServerException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** Returns why the request is refused. */
  public Kind kind() {
    return kind;
  }

  /** A missing thing. */
  public static ServerException notFound(String message) {
    return new ServerException(Kind.NOT_FOUND, message);
  }

  /** A request that does not make sense. */
  public static ServerException badRequest(String message) {
    return new ServerException(Kind.BAD_REQUEST, message);
  }

  /** A caller without the right. */
  public static ServerException forbidden(String message) {
    return new ServerException(Kind.FORBIDDEN, message);
  }

  /** A change based on an out-of-date copy, or not allowed in the current state. */
  public static ServerException conflict(String message) {
    return new ServerException(Kind.CONFLICT, message);
  }
}
