/**
 * Linked sources: several exports of one company (accounts, opportunities, subscriptions,
 * transactions, contacts, touches, spend, survey answers, enrichment files) described by a {@code
 * sources.yaml}, read, and linked to the accounts by key, domain or normalised name. {@code
 * data.source} reads one file; this package reads and links several. The account table built from
 * the linked records lives in {@code data.assembly}. Enrichment sources are not linked here: {@code
 * data.enrichment} matches them by score after the assembly ({@link
 * org.icpengine.data.sources.EnrichmentSettings} holds their {@code match:} and {@code
 * precedence:}).
 *
 * <p>The contract with {@code data.assembly}: every linked source of a kind other than accounts
 * becomes one engine relation named {@link org.icpengine.data.sources.LinkedTable#relationName}
 * whose columns are the canonical names of its {@link org.icpengine.data.sources.SourceRole}s,
 * typed as each role says, plus {@code account_key} (the accounts' key, NULL when the row could not
 * be linked). The accounts relation holds {@code account_key} and the accounts' attribute columns
 * under their own names, as read (trimmed, placeholders missing): the commands clean the assembled
 * table as they clean any file.
 *
 * <p>Start from {@link org.icpengine.data.sources.SourcesFile} (reading {@code sources.yaml}),
 * {@link org.icpengine.data.sources.SourceInference} ({@code icp sources init}) and {@link
 * org.icpengine.data.sources.SourceLinker} (reading and linking, with its {@link
 * org.icpengine.data.sources.LinkReport}). {@code data.SourcesAssembly} composes linking and the
 * assembly into one written file.
 */
package org.icpengine.data.sources;
