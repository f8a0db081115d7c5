package org.icpengine.data.funnel;

import static org.icpengine.data.engine.Engine.literal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;

/**
 * The funnel's stages in order: the open stages, then the won stage. Given by the user, or ordered
 * by the usual CRM stage names (Salesforce's, HubSpot's, Maven CRM's Prospecting → Engaging) when
 * every open stage is one, else by the median age of the open deals sitting in each (older deals
 * are further along). Each opportunity's reached stages are a bit mask ({@link #maskSql()}): an
 * open deal reached its own stage and those before it; a won deal every stage; a lost deal every
 * open stage (where it was lost is not recorded).
 *
 * @param open the open stages, in order
 * @param won the won stage's name as the data writes it most often
 * @param rule how the order was found, in words
 */
record StageOrder(List<String> open, String won, String rule) {
  /** The usual open stages, earliest first, compared on their letters only. */
  private static final List<String> KNOWN =
      List.of(
          "lead",
          "new",
          "inbound",
          "prospect",
          "prospecting",
          "contacted",
          "mql",
          "sql",
          "discovery",
          "qualification",
          "qualified",
          "qualifiedtobuy",
          "engaging",
          "engaged",
          "appointmentscheduled",
          "meeting",
          "needsanalysis",
          "demo",
          "presentationscheduled",
          "valueproposition",
          "iddecisionmakers",
          "perceptionanalysis",
          "decisionmakerboughtin",
          "evaluation",
          "solution",
          "proposal",
          "proposalpricequote",
          "quote",
          "contractsent",
          "negotiation",
          "negotiationreview",
          "commit",
          "verbal",
          "closing");

  /** The first stage when no deal is open: every opportunity was created. */
  static final String CREATED = "Created";

  /** The most open stages a funnel takes (the reached stages are bits of a BIGINT). */
  static final int MAX_OPEN = 60;

  StageOrder {
    open = List.copyOf(open);
  }

  /** Returns every stage in funnel order: the open ones, then the won one. */
  List<String> all() {
    List<String> all = new ArrayList<>(open);
    all.add(won);
    return all;
  }

  /**
   * Finds the order of the stages in {@code table} (the scored opportunities).
   *
   * @throws InputException when given stages do not cover the data's open stages
   */
  static StageOrder find(Engine engine, String table, List<String> given, LocalDate asOf) {
    Map<String, double[]> stages = new TreeMap<>();
    engine.query(
        "SELECT stage, count(*), median(datediff('day', created_date, "
            + literal(asOf.toString())
            + "::DATE)) FROM "
            + table
            + " WHERE outcome = 'open' AND stage IS NOT NULL GROUP BY stage",
        r -> stages.put(r.getString(1), new double[] {r.getLong(2), r.getDouble(3)}));
    String won =
        engine
            .query(
                "SELECT stage FROM "
                    + table
                    + " WHERE outcome = 'won' GROUP BY stage ORDER BY count(*) DESC, stage LIMIT 1",
                r -> r.getString(1))
            .stream()
            .findFirst()
            .orElse("Won");
    StageOrder order;
    if (stages.isEmpty() && given.isEmpty()) {
      order = new StageOrder(List.of(CREATED), won, "no open deals: the funnel starts at created");
    } else if (!given.isEmpty()) {
      order = given(stages.keySet().stream().toList(), given, won);
    } else if (stages.keySet().stream().allMatch(s -> KNOWN.contains(key(s)))) {
      List<String> sorted = new ArrayList<>(stages.keySet());
      sorted.sort(Comparator.comparingInt(s -> KNOWN.indexOf(key(s))));
      order = new StageOrder(sorted, won, "open stages ordered by the usual CRM stage names");
    } else {
      List<String> sorted = new ArrayList<>(stages.keySet());
      sorted.sort(Comparator.comparingDouble((String s) -> stages.get(s)[1]).thenComparing(s -> s));
      order =
          new StageOrder(
              sorted,
              won,
              "open stages ordered by the median age of their open deals (some stage names are"
                  + " not the usual ones): give the order with --stages if it is wrong");
    }
    if (order.open().size() > MAX_OPEN) {
      throw new InputException(
          "the opportunities have "
              + order.open().size()
              + " open stages, more than "
              + MAX_OPEN
              + ": check the stage column in sources.yaml");
    }
    return order;
  }

  private static StageOrder given(List<String> data, List<String> given, String won) {
    List<String> open = new ArrayList<>();
    for (String stage : given) {
      String k = key(stage);
      if (!k.equals(key(won)) && !k.contains("won") && !k.contains("lost")) {
        open.add(stage);
      }
    }
    List<String> keys = open.stream().map(StageOrder::key).toList();
    List<String> unlisted = data.stream().filter(s -> !keys.contains(key(s))).toList();
    if (!unlisted.isEmpty()) {
      throw new InputException(
          "--stages does not list the open stage"
              + (unlisted.size() > 1 ? "s " : " ")
              + String.join(", ", unlisted)
              + ": list every open stage in funnel order");
    }
    return new StageOrder(open, won, "open stages in the order given with --stages");
  }

  /** Returns a stage's letters and digits, lower case: how stages are compared. */
  static String key(String stage) {
    return stage.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /**
   * Returns the SQL of an opportunity's reached stages as a bit mask over {@link #all()}: bit j set
   * when it reached stage j. Open deals without a stage, or with one not listed, reached the first.
   */
  String maskSql() {
    int k = open.size();
    StringBuilder position =
        new StringBuilder("CASE regexp_replace(lower(stage), '[^\\p{L}\\p{N}]', '', 'g')");
    for (int j = 0; j < k; j++) {
      position.append(" WHEN ").append(literal(key(open.get(j)))).append(" THEN ").append(j);
    }
    position.append(" ELSE 0 END");
    return "CASE WHEN outcome = 'won' THEN "
        + ((1L << (k + 1)) - 1)
        + " WHEN outcome = 'lost' THEN "
        + ((1L << k) - 1)
        + " ELSE (1::BIGINT << ("
        + position
        + " + 1)) - 1 END";
  }
}
