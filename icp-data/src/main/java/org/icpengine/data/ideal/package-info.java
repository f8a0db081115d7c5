/**
 * The ideal expression language: the small, allow-listed part of SQL a user may write to say which
 * accounts are ideal (column names, literals, operators, CASE, CAST and a list of scalar, aggregate
 * and window functions). It is parsed here and re-written as SQL, so the user's text never reaches
 * the engine. Start from {@link org.icpengine.data.ideal.IdealExpression}.
 */
package org.icpengine.data.ideal;
