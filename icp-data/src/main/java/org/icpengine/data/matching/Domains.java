package org.icpengine.data.matching;

import com.google.common.net.InternetDomainName;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Registrable domains: the part of a web address or e-mail domain a company registers ({@code
 * shop.acme.co.uk} → {@code acme.co.uk}) by the public suffix list (Guava's copy). Schemes, user
 * names, {@code www.}, ports, paths, queries and sub-domains are folded away. Free mail providers'
 * domains ({@code free-mail-domains.txt}) are never a company's key.
 */
public final class Domains {
  private static final Set<String> FREE_MAIL =
      WordList.read("/org/icpengine/data/sources/free-mail-domains.txt").stream()
          .map(d -> d.toLowerCase(Locale.ROOT))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private Domains() {}

  /**
   * Returns the registrable domain of a web address, host name or e-mail address; empty when the
   * text holds none (blank, an IP address, a bare public suffix such as {@code co.uk}, or a host
   * such as {@code s3.amazonaws.com} that is itself a public suffix).
   */
  public static Optional<String> registrable(String text) {
    String host = host(text);
    if (host.isEmpty() || !InternetDomainName.isValid(host)) {
      return Optional.empty();
    }
    InternetDomainName name = InternetDomainName.from(host);
    if (!name.isUnderPublicSuffix()) {
      return Optional.empty();
    }
    return Optional.of(name.topPrivateDomain().toString());
  }

  /**
   * Returns the registrable domain usable as a company key: as {@link #registrable}, empty also for
   * a free mail provider's domain.
   */
  public static Optional<String> companyKey(String text) {
    return registrable(text).filter(d -> !isFreeMail(d));
  }

  /** Returns whether a registrable domain is a free mail provider's, such as gmail.com. */
  public static boolean isFreeMail(String domain) {
    return FREE_MAIL.contains(domain.toLowerCase(Locale.ROOT));
  }

  /** Returns the free mail providers' domains, lower case. */
  static Set<String> freeMailDomains() {
    return FREE_MAIL;
  }

  /** Returns the host of an address: lower case, without scheme, user, www., port and path. */
  static String host(String text) {
    if (text == null) {
      return "";
    }
    String host = text.trim().toLowerCase(Locale.ROOT);
    int scheme = host.indexOf("://");
    if (scheme >= 0) {
      host = host.substring(scheme + 3);
    }
    host = cutAt(host, "/?#");
    host = host.substring(host.lastIndexOf('@') + 1);
    host = cutAt(host, ":");
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static String cutAt(String text, String stops) {
    for (int i = 0; i < text.length(); i++) {
      if (stops.indexOf(text.charAt(i)) >= 0) {
        return text.substring(0, i);
      }
    }
    return text;
  }
}
