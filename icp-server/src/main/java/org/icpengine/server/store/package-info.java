/**
 * The app database: where it is (an embedded H2 file by default, PostgreSQL for teams), its
 * migrations, transactions and the small JDBC helper every store uses.
 */
package org.icpengine.server.store;
