/** {@code icp titles}: a contact file's job titles turned into function and seniority. */
package org.icpengine.cli.titles;
