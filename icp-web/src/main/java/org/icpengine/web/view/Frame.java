package org.icpengine.web.view;

import java.util.List;

/**
 * What every page's frame shows: the title, who is signed in, the workspace and the switcher, the
 * CSRF token forms carry, and which navigation item is current.
 *
 * @param title the page's title
 * @param user the signed-in user's e-mail address
 * @param workspace the current workspace's name, or empty
 * @param role the user's role there, or empty
 * @param workspaces every workspace the user is a member of
 * @param csrf the session's CSRF token
 * @param current the navigation item of this page
 * @param notice a message to show once, or empty
 */
public record Frame(
    String title,
    String user,
    String workspace,
    String role,
    List<String> workspaces,
    String csrf,
    String current,
    String notice) {
  /** Returns the base address of the workspace's pages. */
  public String base() {
    return "/w/" + workspace;
  }

  /** Returns whether the user may edit (editor or admin). */
  public boolean canEdit() {
    return role.equals("editor") || role.equals("admin");
  }

  /** Returns whether the user is an admin. */
  public boolean isAdmin() {
    return role.equals("admin");
  }
}
