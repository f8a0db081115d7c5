/** {@code icp personas}: buyer personas from won and lost buying committees, and contact fit. */
package org.icpengine.cli.personas;
