/** {@code icp demo}: start from {@link org.icpengine.cli.demo.DemoCommand}. */
package org.icpengine.cli.demo;
