/**
 * The linked export of the sample company: accounts, opportunities, subscriptions with MRR
 * movements, contacts, opportunity contact roles, marketing touches, marketing spend and survey
 * answers, as a CRM, a billing system, a marketing tool and a survey tool write them, keyed the way
 * real exports are and with the planted ICP working through the economics rather than through
 * outcome columns.
 *
 * <p>Start from {@link org.icpengine.sample.linked.LinkedSample}: {@code
 * LinkedSample.builder().seed(42).accounts(2_000).build().write(dir)} returns the {@link
 * org.icpengine.sample.linked.LinkedSampleFiles}; {@code plantedAccounts()} returns the planted
 * truth per account ({@link org.icpengine.sample.linked.PlantedAccount}). Each account's story
 * ({@code Story}: deals and subscription from {@code Journey}, people from {@code Committees},
 * touches and survey from {@code Engagement}) is drawn clean, then rendered messily by {@code
 * CrmRows}, {@code SubscriptionRows} and {@code MarketingRows}. This package builds on the root
 * package's draws, spellings and CSV writer; the root package does not know it.
 */
package org.icpengine.sample.linked;
