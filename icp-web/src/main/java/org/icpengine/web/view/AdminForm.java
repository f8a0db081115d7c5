package org.icpengine.web.view;

import org.icpengine.server.access.Role;
import org.icpengine.server.workspace.Members;

/**
 * What the settings page shows after an admin's form: a secret to show once (an invited person's
 * initial password, a new token), or a refused form with its error and what was typed.
 *
 * @param form which form this is about: "invite", "token" or "" for none
 * @param email the address typed or invited
 * @param name the token's name typed
 * @param role the role chosen
 * @param error why the form was refused, or empty
 * @param secret the initial password or token, shown once, or empty
 */
public record AdminForm(
    String form, String email, String name, String role, String error, String secret) {
  /** No form was sent. */
  public static final AdminForm NONE = new AdminForm("", "", "", "viewer", "", "");

  /** Returns the outcome of an invitation. */
  public static AdminForm invited(Members.Invitation invitation) {
    return new AdminForm(
        "invite",
        invitation.email(),
        "",
        invitation.role().key(),
        "",
        invitation.initialPassword().orElse(""));
  }

  /** Returns a refused invitation, with what was typed. */
  public static AdminForm inviteRefused(String email, String role, String error) {
    return new AdminForm("invite", email, "", role, error, "");
  }

  /** Returns a new token, to show once. */
  public static AdminForm tokenCreated(String name, Role role, String secret) {
    return new AdminForm("token", "", name, role.key(), "", secret);
  }

  /** Returns a refused token form, with what was typed. */
  public static AdminForm tokenRefused(String name, String role, String error) {
    return new AdminForm("token", "", name, role, error, "");
  }

  /** Returns whether this is about the form and was refused. */
  public boolean refused(String which) {
    return form.equals(which) && !error.isEmpty();
  }

  /** Returns whether this is about the form and succeeded. */
  public boolean done(String which) {
    return form.equals(which) && error.isEmpty();
  }

  /** Returns the value to keep in a field of the form, empty after a success. */
  public String kept(String which, String value) {
    return refused(which) ? value : "";
  }
}
