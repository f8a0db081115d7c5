/**
 * What a column of a customer file means: its {@link org.icpengine.core.column.ColumnRole}, the
 * {@link org.icpengine.core.column.AttributeCategory} of an attribute, the {@link
 * org.icpengine.core.column.OutcomeKind} of an outcome and the {@link
 * org.icpengine.core.column.ValueType} of its cleaned values. Start from {@link
 * org.icpengine.core.column.ColumnMeaning}, which bundles the four.
 */
package org.icpengine.core.column;
