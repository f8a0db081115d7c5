package org.icpengine.server.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.icpengine.server.ServerException;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.store.Database;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;

/**
 * Signs people in and out, recognises tokens and sessions, and decides what a caller may do in a
 * workspace. Token lookups for reading are cached for {@link #TOKEN_CACHE}; changes and token or
 * member administration look the token up in the database every time ({@link #tokenNow}), and a
 * revocation through {@link #revokeToken} empties the cache, so a revoked token can neither change
 * anything nor mint tokens once revoked.
 */
public final class Access {
  /** How long a browser session lasts. */
  public static final Duration SESSION = Duration.ofHours(12);

  /** How long a token lookup is remembered. */
  public static final Duration TOKEN_CACHE = Duration.ofSeconds(10);

  private final Database database;
  private final Clock clock;
  private final LoginThrottle throttle;
  private final Map<String, Cached> tokens = new ConcurrentHashMap<>();

  private record Cached(Optional<Caller> caller, Instant until) {}

  /** A new browser session: the cookie's value and the CSRF token forms must carry. */
  public record NewSession(String cookie, String csrf, Caller caller) {}

  /** Creates the service. */
  public Access(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
    this.throttle = new LoginThrottle(database, clock);
  }

  /**
   * Signs a user in. Answers in the same time whether or not the address belongs to a user: the
   * password is always checked with Argon2, against a stand-in hash when there is no such user.
   *
   * @throws ServerException 401 for a wrong address or password, 429 while this address and client
   *     must wait after failed attempts
   */
  public NewSession signIn(String email, String password, String client) {
    String address = email == null ? "" : email;
    Optional<Duration> wait = throttle.attempt(address, client);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      throw new ServerException(
          ServerException.Kind.TOO_MANY,
          "too many failed sign-ins for this address: try again in " + seconds + " second(s)");
    }
    Optional<UserStore.User> user = database.inTransaction(db -> UserStore.find(db, address));
    boolean matches =
        Passwords.matches(
            password == null ? "" : password,
            user.map(UserStore.User::passwordHash).orElseGet(Access::standIn));
    if (!matches || user.isEmpty() || password == null) {
      throw new ServerException(
          ServerException.Kind.UNAUTHORIZED, "wrong e-mail address or password");
    }
    throttle.succeeded(address, client);
    return startSession(user.get());
  }

  private NewSession startSession(UserStore.User user) {
    String cookie = Secrets.random();
    String csrf = Secrets.random();
    Instant now = clock.instant();
    database.inTransaction(
        db -> {
          SessionStore.purge(db, now);
          SessionStore.create(db, Secrets.digest(cookie), user.id(), csrf, now, now.plus(SESSION));
          return null;
        });
    return new NewSession(cookie, csrf, Caller.user(user.id(), user.email(), csrf));
  }

  /** Returns the hash checked when no user has the address, made once at today's cost. */
  private static String standIn() {
    return StandIn.HASH;
  }

  private static final class StandIn {
    static final String HASH = Passwords.hash(Secrets.random());
  }

  /** Ends a session. */
  public void signOut(String cookie) {
    database.inTransaction(
        db -> {
          SessionStore.delete(db, Secrets.digest(cookie));
          return null;
        });
  }

  /**
   * Changes a signed-in user's password: the current one must match (a wrong one counts as a failed
   * sign-in of the address, so guessing through this form waits like guessing at the sign-in form),
   * the new one must be long enough, differ from the current one and be typed twice alike. The
   * user's other sessions end; each of their workspaces' audit logs records the change (never the
   * password).
   *
   * @throws PasswordRefusal naming the field that is wrong
   * @throws ServerException 429 while the address must wait after failed attempts
   */
  public void changePassword(Caller caller, String cookie, PasswordChange change, String client) {
    if (!caller.viaSession()) {
      throw ServerException.forbidden("a token cannot change a password: sign in");
    }
    String address = caller.actor();
    Optional<Duration> wait = throttle.attempt(address, client);
    if (wait.isPresent()) {
      throw new ServerException(
          ServerException.Kind.TOO_MANY,
          "too many wrong passwords for this address: try again in "
              + Math.max(1, (wait.get().toMillis() + 999) / 1000)
              + " second(s)");
    }
    UserStore.User user =
        database
            .inTransaction(db -> UserStore.find(db, address))
            .orElseThrow(() -> new IllegalStateException("no user for a live session"));
    change.check(user.passwordHash());
    throttle.succeeded(address, client);
    String hash = Passwords.hash(change.next());
    Instant now = clock.instant();
    database.inTransaction(
        db -> {
          UserStore.setPassword(db, user.id(), hash, false);
          SessionStore.deleteOthers(db, user.id(), Secrets.digest(cookie));
          for (Workspace w : WorkspaceStore.of(db, user.id())) {
            AuditLog.record(
                db, w.id(), now, address, "user.password_changed", "user " + address, "");
          }
          return null;
        });
  }

  /** Returns whether the user must choose a password of their own before going on. */
  public boolean mustChangePassword(Caller caller) {
    return caller.viaSession()
        && database.inTransaction(db -> UserStore.mustChangePassword(db, caller.userId()));
  }

  /** Returns the session's user, if the cookie names a live session. */
  public Optional<Caller> session(String cookie) {
    return database.inTransaction(
        db ->
            SessionStore.findLive(db, Secrets.digest(cookie), clock.instant())
                .map(s -> Caller.user(s.userId(), s.email(), s.csrf())));
  }

  /**
   * Returns the token's caller, if it is a live token, remembering the answer for {@link
   * #TOKEN_CACHE}: for reads only.
   */
  public Optional<Caller> token(String token) {
    String digest = Secrets.digest(token);
    Instant now = clock.instant();
    Cached cached = tokens.get(digest);
    if (cached != null && cached.until().isAfter(now)) {
      return cached.caller();
    }
    Optional<Caller> caller = lookUp(digest);
    if (tokens.size() > 10_000) {
      tokens.clear();
    }
    tokens.put(digest, new Cached(caller, now.plus(TOKEN_CACHE)));
    return caller;
  }

  /**
   * Returns the token's caller, if it is a live token, as the database says now: for changes and
   * for token and member administration, which a revoked token must not do even for a moment.
   */
  public Optional<Caller> tokenNow(String token) {
    String digest = Secrets.digest(token);
    Optional<Caller> caller = lookUp(digest);
    if (caller.isEmpty()) {
      tokens.remove(digest);
    }
    return caller;
  }

  private Optional<Caller> lookUp(String digest) {
    return database.inTransaction(
        db ->
            TokenStore.findLive(db, digest)
                .map(t -> Caller.token(t.name(), t.workspaceId(), t.role())));
  }

  /**
   * Revokes a live token of the workspace, records it in the audit log, and forgets every cached
   * token lookup so the token stops working at once in this process.
   *
   * @throws ServerException 404 when the workspace has no live token with the id
   */
  public void revokeToken(Workspace workspace, long id, String actor) {
    Instant now = clock.instant();
    boolean revoked =
        database.inTransaction(
            db -> {
              boolean done = TokenStore.revoke(db, workspace.id(), id, now);
              if (done) {
                AuditLog.record(db, workspace.id(), now, actor, "token.revoked", "token " + id, "");
              }
              return done;
            });
    tokens.clear();
    if (!revoked) {
      throw ServerException.notFound("no live token " + id + " in this workspace");
    }
  }

  /**
   * Returns the caller's role in the workspace.
   *
   * @throws ServerException 403 when the caller has no access to it
   */
  public Role roleIn(Caller caller, Workspace workspace) {
    Optional<Role> role;
    if (caller.tokenWorkspace() != null) {
      role =
          caller.tokenWorkspace() == workspace.id()
              ? Optional.of(caller.tokenRole())
              : Optional.empty();
    } else {
      role = database.inTransaction(db -> WorkspaceStore.role(db, workspace.id(), caller.userId()));
    }
    return role.orElseThrow(
        () ->
            ServerException.forbidden(
                "no access to workspace '" + workspace.name() + "': ask one of its admins"));
  }

  /**
   * Checks the caller has at least the role in the workspace.
   *
   * @throws ServerException 403 when not
   */
  public void require(Caller caller, Workspace workspace, Role needed) {
    Role role = roleIn(caller, workspace);
    if (!role.covers(needed)) {
      throw ServerException.forbidden(
          "this needs the "
              + needed.key()
              + " role in workspace '"
              + workspace.name()
              + "'; "
              + caller.actor()
              + " is "
              + role.key());
    }
  }

  /** A new token: its id and its secret, shown once. */
  public record NewToken(long id, String secret) {}

  /** Makes a token for the workspace, records it, and returns it. */
  public NewToken createToken(Workspace workspace, String name, Role role, String actor) {
    String secret = Secrets.token();
    Instant now = clock.instant();
    long id =
        database.inTransaction(
            db -> {
              long created =
                  TokenStore.create(
                      db, workspace.id(), name, role, Secrets.digest(secret), now, actor);
              AuditLog.record(
                  db,
                  workspace.id(),
                  now,
                  actor,
                  "token.created",
                  "token " + created,
                  name + " (" + role.key() + ")");
              return created;
            });
    return new NewToken(id, secret);
  }
}
