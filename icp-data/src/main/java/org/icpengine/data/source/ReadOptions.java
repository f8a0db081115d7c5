package org.icpengine.data.source;

import java.util.Optional;

/**
 * How to read a file: overrides for what is otherwise detected, and strictness.
 *
 * @param encoding a charset name that overrides detection
 * @param delimiter a delimiter that overrides sniffing
 * @param strict whether the first row-level problem fails the read
 */
public record ReadOptions(
    Optional<String> encoding, Optional<Character> delimiter, boolean strict) {
  /** Returns options that detect everything and collect row problems. */
  public static ReadOptions defaults() {
    return builder().build();
  }

  /** Returns a builder with detection on and strict mode off. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadOptions}. */
  public static final class Builder {
    private String encoding;
    private Character delimiter;
    private boolean strict;

    private Builder() {}

    /** Sets the charset name, or null to detect it. */
    public Builder encoding(String value) {
      this.encoding = value;
      return this;
    }

    /** Sets the delimiter, or null to sniff it. */
    public Builder delimiter(Character value) {
      this.delimiter = value;
      return this;
    }

    /** Sets whether the first row-level problem fails the read. */
    public Builder strict(boolean value) {
      this.strict = value;
      return this;
    }

    /** Returns the options. */
    public ReadOptions build() {
      return new ReadOptions(Optional.ofNullable(encoding), Optional.ofNullable(delimiter), strict);
    }
  }
}
