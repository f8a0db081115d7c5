package org.icpengine.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordChangeTest {
  private static final String HASH = Passwords.hash("the initial one");

  @Test
  void check_refusesAWrongCurrentPasswordNextToItsField() {
    assertThatThrownBy(
            () -> new PasswordChange("a guess", "a long new one", "a long new one").check(HASH))
        .isInstanceOfSatisfying(
            PasswordRefusal.class, e -> assertThat(e.field()).isEqualTo("current"))
        .hasMessageStartingWith("this is not your current password");
  }

  @Test
  void check_refusesAShortOrUnchangedOrMistypedNewPassword() {
    assertThat(refusedAt(new PasswordChange("the initial one", "short", "short")))
        .isEqualTo("password");
    assertThat(
            refusedAt(new PasswordChange("the initial one", "the initial one", "the initial one")))
        .isEqualTo("password");
    assertThat(refusedAt(new PasswordChange("the initial one", "a long new one", "a long new 0ne")))
        .isEqualTo("repeat");
    assertThat(refusedAt(new PasswordChange(null, null, null))).isEqualTo("current");
  }

  @Test
  void check_acceptsAGoodChange() {
    assertThatCode(
            () ->
                new PasswordChange("the initial one", "a long new one", "a long new one")
                    .check(HASH))
        .doesNotThrowAnyException();
  }

  private static String refusedAt(PasswordChange change) {
    try {
      change.check(HASH);
    } catch (PasswordRefusal e) {
      return e.field();
    }
    return "accepted";
  }
}
