/**
 * Terminal rendering shared by the commands: {@link org.icpengine.cli.text.TextTable} lays out
 * aligned columns, {@link org.icpengine.cli.text.Formats} writes numbers for people.
 */
package org.icpengine.cli.text;
