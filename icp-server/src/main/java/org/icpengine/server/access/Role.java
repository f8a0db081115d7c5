package org.icpengine.server.access;

import java.util.Locale;
import org.icpengine.server.ServerException;

/** What a member or token may do in a workspace; each role may do everything the ones below do. */
public enum Role {
  /** Reads the ICP and its versions and scores accounts. */
  VIEWER,
  /** Also uploads datasets, starts derives, imports and edits drafts. */
  EDITOR,
  /** Also publishes and archives versions and manages members and tokens. */
  ADMIN;

  /** Returns the role's name as written in the API and on the command line. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns whether this role may do what {@code needed} may. */
  public boolean covers(Role needed) {
    return compareTo(needed) >= 0;
  }

  /**
   * Reads a role's name.
   *
   * @throws ServerException when it is none of viewer, editor, admin
   */
  public static Role of(String key) {
    for (Role role : values()) {
      if (role.key().equals(key == null ? "" : key.trim().toLowerCase(Locale.ROOT))) {
        return role;
      }
    }
    throw ServerException.badRequest(
        "role '" + key + "' is not one of viewer, editor, admin: give one of those");
  }
}
