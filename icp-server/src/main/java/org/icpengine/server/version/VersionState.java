package org.icpengine.server.version;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;

/**
 * Where a version is in its life, and who may move it where. An archived version can be proposed
 * for publishing again (a rollback): it goes back to review and needs its sign-offs anew.
 */
public enum VersionState {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  ARCHIVED;

  private static final Map<VersionState, Set<VersionState>> NEXT =
      Map.of(
          DRAFT, Set.of(IN_REVIEW, ARCHIVED),
          IN_REVIEW, Set.of(DRAFT, PUBLISHED, ARCHIVED),
          PUBLISHED, Set.of(ARCHIVED),
          ARCHIVED, Set.of(IN_REVIEW));

  /** Returns the state's name in the API: draft, in_review, published, archived. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns whether a version may move from this state to the other. */
  public boolean mayBecome(VersionState next) {
    return NEXT.get(this).contains(next);
  }

  /** Returns the role a move to this state needs: publishing and archiving need an admin. */
  public Role neededToEnter() {
    return this == PUBLISHED || this == ARCHIVED ? Role.ADMIN : Role.EDITOR;
  }

  /**
   * Reads a state's name.
   *
   * @throws ServerException when it is not a state
   */
  public static VersionState of(String key) {
    for (VersionState state : values()) {
      if (state.key().equals(key)) {
        return state;
      }
    }
    throw ServerException.badRequest(
        "state '" + key + "' is not one of draft, in_review, published, archived");
  }
}
