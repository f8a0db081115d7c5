package org.icpengine.sample.linked;

import static org.icpengine.sample.Draws.chance;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.icpengine.sample.Account;
import org.icpengine.sample.Accounts;
import org.icpengine.sample.CompanyNames;
import org.icpengine.sample.Draws;

/**
 * Draws the linked export's accounts, about 17 % planted fits, each with a name and a domain no
 * other account has (after folding), so that linking by domain or name is unambiguous by design. A
 * name drawn twice gets the account's number appended ("Acme Ledger 1234 Inc.").
 */
final class Companies {
  /** The share of accounts drawn as planted fits; about 2 % more fit by chance. */
  static final double FIT_SHARE = 0.15;

  private static final double DATA_DRIVEN_FIT = 0.75;
  private static final double DATA_DRIVEN_OTHER = 0.35;

  private final Keys keys;
  private final Set<String> names = new HashSet<>();
  private final Set<String> domains = new HashSet<>();

  Companies(Keys keys) {
    this.keys = keys;
  }

  /** Draws the account at {@code index}. */
  Company next(int index, SplittableRandom rnd) {
    Account account = Accounts.draw(rnd, FIT_SHARE);
    for (int attempt = 0; attempt < 3 && taken(account); attempt++) {
      account = Accounts.draw(rnd, FIT_SHARE);
    }
    if (taken(account)) {
      account = numbered(account, index + 1);
    }
    names.add(NameVariants.fold(account.name()));
    domains.add(account.domain());
    String job = Draws.weighted(rnd, Engagement.JOBS, Engagement.JOB_WEIGHTS);
    boolean dataDriven = chance(rnd, account.plantedFit() ? DATA_DRIVEN_FIT : DATA_DRIVEN_OTHER);
    return new Company(index, keys.account(index), account, job, dataDriven);
  }

  private boolean taken(Account account) {
    return names.contains(NameVariants.fold(account.name())) || domains.contains(account.domain());
  }

  private static Account numbered(Account account, int number) {
    NameVariants.Parts parts = NameVariants.split(account.name());
    String form = parts.legalForm().isEmpty() ? "" : " " + parts.legalForm();
    String domain = account.domain();
    String tld = domain.substring(domain.indexOf('.'));
    return new Account(
        parts.words() + " " + number + form,
        CompanyNames.stem(parts.words()) + number + tld,
        account.industry(),
        account.country(),
        account.employees(),
        account.revenue(),
        account.technologies());
  }
}
