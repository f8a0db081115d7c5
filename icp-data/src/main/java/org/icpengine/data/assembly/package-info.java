/**
 * The account table: one row per account built from linked sources, with the customer economics
 * computed from the raw records (deals, revenue, MRR movements, NRR, churn, LTV, CAC) and the
 * survey and touch roll-ups, each computed column carrying its definition and provenance. Entry
 * point: {@link org.icpengine.data.assembly.AccountAssembly}.
 */
package org.icpengine.data.assembly;
