/**
 * Linked sources: several exports of one company (accounts, opportunities, subscriptions,
 * transactions, contacts, touches, spend, survey answers) described by a {@code sources.yaml},
 * read, and linked to the accounts by key, domain or normalised name. {@code data.source} reads one
 * file; this package reads and links several. The account table built from the linked records lives
 * in {@code data.assembly}.
 *
 * <p>The contract with {@code data.assembly}: every linked source of a kind other than accounts
 * becomes one engine relation named {@link org.icpengine.data.sources.LinkedTable#relationName}
 * whose columns are the canonical names of its {@link org.icpengine.data.sources.SourceRole}s,
 * typed as each role says, plus {@code account_key} (the accounts' key, NULL when the row could not
 * be linked). The accounts relation holds {@code account_key} and the accounts' attribute columns,
 * cleaned, under their own names.
 */
package org.icpengine.data.sources;
