package org.icpengine.server.access;

/**
 * Who is making a request: a signed-in user (through a browser session) or an API token, which
 * belongs to one workspace and carries one role.
 *
 * @param actor how the audit log names the caller: the e-mail address or "token NAME"
 * @param userId the user's id, or null for a token
 * @param tokenWorkspace the token's workspace id, or null for a user
 * @param tokenRole the token's role, or null for a user
 * @param csrf the session's CSRF token, or null for a token
 */
public record Caller(String actor, Long userId, Long tokenWorkspace, Role tokenRole, String csrf) {
  /** Returns a signed-in user. */
  public static Caller user(long id, String email, String csrf) {
    return new Caller(email, id, null, null, csrf);
  }

  /** Returns a token's caller. */
  public static Caller token(String name, long workspace, Role role) {
    return new Caller("token " + name, null, workspace, role, null);
  }

  /** Returns whether the caller came with a browser session. */
  public boolean viaSession() {
    return userId != null;
  }
}
