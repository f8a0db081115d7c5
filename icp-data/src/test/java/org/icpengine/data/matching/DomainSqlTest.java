package org.icpengine.data.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DomainSqlTest {
  private static Engine engine;

  private static final List<String> AWKWARD =
      List.of(
          "https://www.Acme.com/about?x=1",
          "http://shop.acme.co.uk:8080/",
          "eu.app.acme.io.",
          "jane.doe@mail.acme.de",
          "mailto:ann@Acme.COM.AU",
          "  \tacme.com  ",
          "ACME.COM",
          "www.acme.com",
          "www.www.acme.com",
          "www",
          "www.",
          "co.uk",
          "www.co.uk",
          "s3.amazonaws.com",
          "bucket.s3.amazonaws.com",
          "10.0.0.1",
          "http://10.0.0.1:8080/x",
          "[::1]",
          "",
          "   ",
          "not a domain",
          "acme..com",
          ".acme.com",
          "-acme.com",
          "acme-.com",
          "_acme.com",
          "ac_me.com",
          "acme.123",
          "acme.c0m",
          "a.b.c.d.e.f.g.acme.com",
          "www.ck",
          "shop.www.ck",
          "acme.foo.ck",
          "city.kawasaki.jp",
          "x.city.kawasaki.jp",
          "acme.kawasaki.jp",
          "bücher.de",
          "www.Bücher.de/shop",
          "xn--bcher-kva.de",
          "пример.рф",
          "www.пример.рф",
          "example.xn--p1ai",
          "例子.公司.cn",
          "acme。com",
          "acme．co．uk",
          "acme.com。",
          "acme.com..",
          "user:pass@acme.com:443/path",
          "https://acme.com#frag",
          "acme.com?q=a@b.org",
          "ann@gmail.com",
          "https://mail.yahoo.co.uk",
          "someone@googlemail.com",
          "ftp://files.acme.org",
          "http://",
          "://acme.com",
          "@",
          "a@",
          "acme.com/path/with:colon",
          "acme.unknowntld",
          "com",
          "a".repeat(64) + ".com",
          "a".repeat(63) + ".com",
          ("abcdefghi.".repeat(26)) + "com",
          "acme.com\u0000",
          "\u00a0acme.com");

  @BeforeAll
  static void open() {
    engine = Engine.open("1GB");
    DomainSql.install(engine);
    DomainSql.install(engine);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void keys_equalJavaOnAwkwardAddresses() throws SQLException {
    assertSameAsJava(AWKWARD);
  }

  @Test
  void keys_equalJavaOnThousandsOfGeneratedAddresses() throws SQLException {
    List<String> addresses = generated(4_000, new Random(15));
    Map<Integer, String[]> engineKeys = assertSameAsJava(addresses);
    long folded = engineKeys.values().stream().filter(k -> k[0] != null).count();
    // most generated addresses have a registrable domain: the equality is not of two empties
    assertThat(folded).isGreaterThan(addresses.size() / 2);
  }

  @Test
  void keys_foldSubDomainsUnderMultiLabelSuffixesAndDropFreeMail() throws SQLException {
    Map<Integer, String[]> keys =
        keys(
            List.of(
                "https://shop.acme.co.uk/x", "ann@gmail.com", "shop.www.ck", "s3.amazonaws.com"));
    assertThat(keys.get(0)).containsExactly("acme.co.uk", "acme.co.uk");
    assertThat(keys.get(1)).containsExactly("gmail.com", null);
    assertThat(keys.get(2)).containsExactly("www.ck", "www.ck");
    assertThat(keys.get(3)).containsExactly(null, null);
  }

  private static Map<Integer, String[]> assertSameAsJava(List<String> addresses)
      throws SQLException {
    Map<Integer, String[]> keys = keys(addresses);
    for (int i = 0; i < addresses.size(); i++) {
      String address = addresses.get(i);
      assertThat(keys.get(i))
          .as("registrable domain and company key of '%s'", address)
          .containsExactly(
              Domains.registrable(address).orElse(null), Domains.companyKey(address).orElse(null));
    }
    return keys;
  }

  private static Map<Integer, String[]> keys(List<String> addresses) throws SQLException {
    engine.execute("CREATE OR REPLACE TABLE addresses (id INTEGER, address VARCHAR)");
    try (DuckDBAppender appender =
        engine
            .connection()
            .unwrap(DuckDBConnection.class)
            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "addresses")) {
      for (int i = 0; i < addresses.size(); i++) {
        appender.beginRow();
        appender.append(i);
        appender.append(addresses.get(i));
        appender.endRow();
      }
    }
    record Key(int id, String registrable, String key) {}
    Map<Integer, String[]> keys = new HashMap<>();
    for (Key k :
        engine.query(
            DomainSql.keys("addresses"),
            r -> new Key(r.getInt(1), r.getString(2), r.getString(3)))) {
      keys.put(k.id(), new String[] {k.registrable(), k.key()});
    }
    return keys;
  }

  /** Addresses built from random parts: schemes, users, sub-domains, names, suffixes, tails. */
  private static List<String> generated(int count, Random random) {
    List<String> suffixes = new ArrayList<>();
    List<PublicSuffixRules.Rule> rules = PublicSuffixRules.rules();
    for (int i = 0; i < 300; i++) {
      PublicSuffixRules.Rule rule = rules.get(random.nextInt(rules.size()));
      suffixes.add(
          rule.kind() == PublicSuffixRules.Kind.WILDCARD ? "x." + rule.suffix() : rule.suffix());
    }
    suffixes.addAll(List.of("com", "co.uk", "com.au", "de", "io", "gmail.com", "yahoo.co.uk"));
    String[] schemes = {"", "", "http://", "https://", "HTTPS://", "mailto:", "ftp://"};
    String[] users = {"", "", "", "ann@", "j.doe@", "a@b@", "user:pw@"};
    String[] subs = {"", "", "www.", "WWW.", "shop.", "eu.app.", "www.mail.", "-x.", "1."};
    String[] names = {"acme", "globex", "bücher", "ac-me", "a_b", "123", "x--y", "例子", "", "a b"};
    String[] tails = {"", "", "/", "/about?x=1", ":8080", ":443/path", "#top", ".", "..", " "};
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(
          pick(schemes, random)
              + pick(users, random)
              + pick(subs, random)
              + pick(names, random)
              + "."
              + suffixes.get(random.nextInt(suffixes.size()))
              + pick(tails, random));
    }
    return out;
  }

  private static String pick(String[] values, Random random) {
    return values[random.nextInt(values.length)];
  }
}
