/**
 * Reading customer files of any common format into the embedded engine as text columns, with the
 * encoding, dialect and header checked and row-level problems collected. Start from {@link
 * org.icpengine.data.source.SourceReader}.
 */
package org.icpengine.data.source;
