/** {@code icp evaluate}: the fit score judged on held-out accounts beside a scorecard baseline. */
package org.icpengine.cli.evaluate;
