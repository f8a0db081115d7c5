package org.icpengine.sample.linked;

import org.icpengine.sample.Account;
import org.icpengine.sample.PlantedIcp;

/**
 * One account of the linked export with the latent traits the sample plants.
 *
 * @param index the account's position in the export, from 0
 * @param id its Salesforce id
 * @param account its true firmographics and tech stack
 * @param job the job it hired the product for (one of {@link Engagement#JOBS})
 * @param dataDriven whether it decides by data (the survey's psychographic answer leans on it)
 */
record Company(int index, String id, Account account, String job, boolean dataDriven) {

  boolean fit() {
    return account.plantedFit();
  }

  boolean lacksCrm() {
    return PlantedIcp.lacksCrm(account.technologies());
  }
}
