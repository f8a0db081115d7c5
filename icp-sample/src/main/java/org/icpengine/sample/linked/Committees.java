package org.icpengine.sample.linked;

import static org.icpengine.sample.Draws.chance;
import static org.icpengine.sample.Draws.pick;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.icpengine.sample.Draws;
import org.icpengine.sample.PlantedIcp;
import org.icpengine.sample.linked.Story.Contact;
import org.icpengine.sample.linked.Story.ContactRole;
import org.icpengine.sample.linked.Story.DealType;
import org.icpengine.sample.linked.Story.Opportunity;

/**
 * Draws an account's contacts and the buying committee of each new-business and expansion deal: a
 * primary champion, often a finance contact and a VP or C-level, and a few others. Won deals with
 * planted fits include a finance contact and a VP+ much more often ({@link PlantedIcp}).
 */
final class Committees {
  private static final List<JobFunction> CHAMPION_FUNCTIONS =
      List.of(
          JobFunction.DATA,
          JobFunction.OPERATIONS,
          JobFunction.SALES,
          JobFunction.MARKETING,
          JobFunction.ENGINEERING);
  private static final List<Seniority> SENIORITIES = List.of(Seniority.values());
  private static final double[] FINANCE_SENIORITY = {20, 15, 30, 10, 15, 10};
  private static final double[] OTHER_SENIORITY = {3, 7, 15, 10, 30, 35};
  private static final List<JobFunction> FUNCTIONS = List.of(JobFunction.values());

  private final Company company;
  private final Keys keys;
  private final SplittableRandom rnd;
  private final List<Contact> contacts = new ArrayList<>();
  private final List<ContactRole> roles = new ArrayList<>();

  private Committees(Company company, Keys keys, SplittableRandom rnd) {
    this.company = company;
    this.keys = keys;
    this.rnd = rnd;
  }

  /** An account's contacts and their roles on its opportunities. */
  record People(List<Contact> contacts, List<ContactRole> roles) {}

  static People draw(
      Company company, List<Opportunity> opportunities, Keys keys, SplittableRandom rnd) {
    Committees committees = new Committees(company, keys, rnd);
    for (Opportunity opportunity : opportunities) {
      if (opportunity.type() != DealType.RENEWAL) {
        committees.seat(opportunity);
      }
    }
    int extra = opportunities.isEmpty() ? 1 + rnd.nextInt(3) : rnd.nextInt(4);
    for (int i = 0; i < extra; i++) {
      committees.create(pick(rnd, FUNCTIONS), Draws.weighted(rnd, SENIORITIES, OTHER_SENIORITY));
    }
    return new People(List.copyOf(committees.contacts), List.copyOf(committees.roles));
  }

  private void seat(Opportunity opportunity) {
    boolean newWon = opportunity.type() == DealType.NEW && opportunity.won();
    double finance = newWon ? financeShare() : 0.2;
    double vp = newWon ? vpShare() : 0.25;
    Set<Contact> members = new LinkedHashSet<>();
    Contact champion = champion();
    members.add(champion);
    if (chance(rnd, finance)) {
      members.add(reuseOr(c -> c.function() == JobFunction.FINANCE, this::newFinance));
    }
    if (chance(rnd, vp)) {
      members.add(reuseOr(c -> c.seniority().vpOrAbove(), this::newExecutive));
    }
    for (int i = rnd.nextInt(3); i > 0; i--) {
      members.add(create(pick(rnd, FUNCTIONS), Draws.weighted(rnd, SENIORITIES, OTHER_SENIORITY)));
    }
    for (Contact member : members) {
      String id = keys.role(company.index(), roles.size());
      roles.add(
          new ContactRole(
              id, opportunity.id(), member.id(), role(member, champion), member == champion));
    }
  }

  private double financeShare() {
    return company.fit()
        ? PlantedIcp.FINANCE_ON_FIT_WON_DEALS
        : PlantedIcp.FINANCE_ON_OTHER_WON_DEALS;
  }

  private double vpShare() {
    return company.fit() ? PlantedIcp.VP_ON_FIT_WON_DEALS : PlantedIcp.VP_ON_OTHER_WON_DEALS;
  }

  private String role(Contact member, Contact champion) {
    if (member.function() == JobFunction.FINANCE && member != champion) {
      return pick(rnd, List.of("Economic Buyer", "Economic Decision Maker"));
    }
    if (member.seniority().vpOrAbove()) {
      return pick(rnd, List.of("Executive Sponsor", "Decision Maker"));
    }
    if (member == champion) {
      return pick(rnd, List.of("Decision Maker", "Evaluator", "Business User"));
    }
    return pick(rnd, List.of("Influencer", "Technical Buyer", "Evaluator", "Other"));
  }

  /** The first contact whose function suits a champion, or a new one. */
  private Contact champion() {
    for (Contact contact : contacts) {
      if (CHAMPION_FUNCTIONS.contains(contact.function()) && !contact.seniority().vpOrAbove()) {
        return contact;
      }
    }
    Seniority seniority = pick(rnd, List.of(Seniority.MANAGER, Seniority.DIRECTOR, Seniority.HEAD));
    return create(pick(rnd, CHAMPION_FUNCTIONS), seniority);
  }

  private Contact reuseOr(Predicate<Contact> fits, Supplier<Contact> fresh) {
    if (chance(rnd, 0.6)) {
      for (Contact contact : contacts) {
        if (fits.test(contact)) {
          return contact;
        }
      }
    }
    return fresh.get();
  }

  private Contact newFinance() {
    return create(JobFunction.FINANCE, Draws.weighted(rnd, SENIORITIES, FINANCE_SENIORITY));
  }

  private Contact newExecutive() {
    Seniority seniority = chance(rnd, 0.4) ? Seniority.C_LEVEL : Seniority.VP;
    return create(pick(rnd, FUNCTIONS), seniority);
  }

  private Contact create(JobFunction function, Seniority seniority) {
    String[] name = Persons.name(company.account().country(), rnd);
    String email = Persons.email(name[0], name[1], company.account().domain(), rnd);
    String id = keys.contact(company.index(), contacts.size());
    Contact contact = new Contact(id, name[0], name[1], email, function, seniority);
    contacts.add(contact);
    return contact;
  }
}
