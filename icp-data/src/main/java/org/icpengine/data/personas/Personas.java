package org.icpengine.data.personas;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.InputException;
import org.icpengine.data.assembly.AssembledAccounts;
import org.icpengine.data.assembly.AssemblyOptions;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.enrichment.Enrichment;
import org.icpengine.data.enrichment.ReviewDecisions;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.data.sources.Linking;
import org.icpengine.data.sources.SourceEntry;
import org.icpengine.data.sources.SourceKind;
import org.icpengine.data.sources.SourceLinker;
import org.icpengine.data.sources.SourceRole;
import org.icpengine.data.sources.Sources;
import org.icpengine.data.sources.SourcesFile;
import org.icpengine.data.sources.SourcesOptions;
import org.icpengine.model.scoring.ScoreModel;

/**
 * Personas derived from buying committees, not dreamed up: the entry point of {@code icp personas}.
 * Links a {@code sources.yaml}, assembles and scores the accounts with an ICP's model (their
 * tiers), classifies the contacts' titles ({@link Titles}), and compares the committees of won and
 * lost new-business deals ({@link PersonaLifts}; expansions, upsells and renewals are left out);
 * then writes up the found personas ({@link PersonaCard}), each contact's fit and each A/B
 * account's committee gaps. All of it runs in one engine; Java sees only aggregates.
 */
public final class Personas {
  /** At most this many persona cards are written. */
  public static final int MAX_CARDS = 8;

  private Personas() {}

  /**
   * Derives the personas.
   *
   * @param sourcesYaml the linked sources, with contacts (titles) and contact roles
   * @param icp a folder holding icp.json, or the file
   * @throws InputException in one line when the ICP or sources cannot be used, there are no
   *     contacts or no title column, or the contacts file cannot be written
   */
  public static PersonaReport derive(Path sourcesYaml, Path icp, PersonaOptions options) {
    ScoreModel model = ModelFile.read(icp);
    options.contacts().ifPresent(c -> AtomicFiles.checkWritable(c.file()));
    options.contacts().flatMap(PersonaOptions.ContactsOutput::from).ifPresent(Personas::checkFile);
    Sources sources = SourcesFile.read(sourcesYaml);
    check(sources);
    SourcesOptions sourceOptions =
        options.asOf().isPresent() ? sources.options().withAsOf(options.asOf()) : sources.options();
    List<Path> readable = new ArrayList<>(sources.used().stream().map(sources::path).toList());
    options.contacts().flatMap(PersonaOptions.ContactsOutput::from).ifPresent(readable::add);
    EngineAccess access = EngineAccess.reading(readable);
    try (Engine engine =
        options.memoryLimit() == null
            ? Engine.open(access)
            : Engine.open(options.memoryLimit(), access)) {
      Linking linking = new SourceLinker(engine).link(sources);
      AssembledAccounts accounts =
          Enrichment.assemble(
                  linking.linked(),
                  sources,
                  ReviewDecisions.nextTo(sourcesYaml),
                  new AssemblyOptions(
                      sourceOptions.asOf(),
                      sourceOptions.outcomeWindowMonths(),
                      sourceOptions.grossMargin()))
              .accounts();
      Map<String, Long> tiers = AccountTiers.score(engine, accounts.relation(), model);
      Titles titles = new Titles(options.rules());
      PersonaReport report = report(engine, linking, titles, tiers);
      options.contacts().ifPresent(c -> writeContacts(engine, sources, titles, c, report));
      return report;
    }
  }

  private static PersonaReport report(
      Engine engine, Linking linking, Titles titles, Map<String, Long> tiers) {
    boolean roles = CommitteeTables.build(engine, linking.linked(), titles);
    List<String> notes = new ArrayList<>();
    List<PersonaLift> lifts = roles ? PersonaLifts.compute(engine) : List.of();
    if (!roles) {
      notes.add(
          "the contacts carry no roles on closed new-business deals: personas need"
              + " the opportunity contact roles (Salesforce OpportunityContactRole, HubSpot"
              + " deal-contact associations) as kind: contacts with opportunity_id and"
              + " contact_id; contact fit is the same for every contact until then");
    }
    List<PersonaCard> cards = cards(PersonaCards.prepare(engine, linking.linked()), lifts);
    List<PersonaReport.ContactPoints> points = ContactFit.compute(engine);
    List<CommitteeGap> gaps = CommitteeGaps.compute(engine, lifts);
    long[] deals = PersonaLifts.totals(engine).getOrDefault(PersonaLift.ALL_TIERS, new long[2]);
    return new PersonaReport(
        tiers,
        engine.count(CommitteeTables.PEOPLE),
        engine.queryOne(
            "SELECT count(*) FROM " + CommitteeTables.PEOPLE + " WHERE function = 'unknown'",
            r -> r.getLong(1)),
        deals[1],
        deals[0],
        lifts,
        committee(engine, lifts),
        cards,
        points,
        gaps,
        notes);
  }

  /**
   * Writes the scored contacts: the sources' own, or those of another export, whose committee gaps
   * are then recomputed from its contacts.
   */
  private static void writeContacts(
      Engine engine,
      Sources sources,
      Titles titles,
      PersonaOptions.ContactsOutput output,
      PersonaReport report) {
    if (output.from().isPresent()) {
      ContactsToScore.link(engine, sources, output.from().get(), titles);
      CommitteeGaps.compute(engine, report.lifts());
    }
    ContactScores.write(engine, output.file(), output.format());
  }

  private static void checkFile(Path contacts) {
    if (!java.nio.file.Files.isRegularFile(contacts)) {
      throw new InputException(
          "the contacts file "
              + contacts
              + " does not exist or is not a file: give the contacts export to score");
    }
  }

  private static void check(Sources sources) {
    List<SourceEntry> contacts =
        sources.used().stream()
            .filter(e -> e.kind().equals(Optional.of(SourceKind.CONTACTS)))
            .toList();
    if (contacts.isEmpty()) {
      throw new InputException(
          "sources.yaml lists no contacts: personas need the contacts export (with titles) and"
              + " the opportunity contact roles, each as kind: contacts");
    }
    if (contacts.stream().noneMatch(e -> e.columns().containsKey(SourceRole.TITLE))) {
      throw new InputException(
          "the contacts in sources.yaml have no title column: give the job title column the"
              + " role title under the contacts' columns: (e.g. title: Title)");
    }
  }

  private static List<PersonaCard> cards(PersonaCards writer, List<PersonaLift> lifts) {
    return lifts.stream()
        .filter(l -> PersonaLift.ALL_TIERS.equals(l.tier()) && l.found())
        .sorted(
            Comparator.comparingInt((PersonaLift l) -> l.persona().specificity())
                .thenComparing(l -> -l.lift().value()))
        .limit(MAX_CARDS)
        .map(writer::card)
        .toList();
  }

  private static Optional<CommitteeSummary> committee(Engine engine, List<PersonaLift> lifts) {
    double[] size =
        engine.queryOne(
            "SELECT count(*), median(n), avg(n) FROM (SELECT opportunity_id, count(*) AS n FROM "
                + CommitteeTables.MEMBERS
                + " WHERE won AND tier = 'A' GROUP BY 1)",
            r -> new double[] {r.getLong(1), r.getDouble(2), r.getDouble(3)});
    if (size[0] == 0) {
      return Optional.empty();
    }
    List<CommitteeSummary.Share> composition =
        lifts.stream()
            .filter(l -> "A".equals(l.tier()) && l.wonWith() > 0)
            .filter(
                l ->
                    Persona.ANY.equals(l.persona().seniority())
                        || (Persona.ANY.equals(l.persona().function())
                            && Persona.VP_OR_ABOVE.equals(l.persona().seniority())))
            .map(l -> new CommitteeSummary.Share(l.persona(), l.wonWith(), l.shareOfWon()))
            .sorted(Comparator.comparingDouble(s -> -s.share()))
            .toList();
    return Optional.of(new CommitteeSummary("A", (long) size[0], size[1], size[2], composition));
  }
}
