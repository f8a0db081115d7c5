/**
 * The {@code icp} command line: {@link org.icpengine.cli.Main} is the entry point and composition
 * root, {@link org.icpengine.cli.IcpCommand} the root command; each subcommand lives in the package
 * of its name ({@code icp profile} in {@code cli.profile}, ...). Errors are translated to exit
 * codes and one-line messages once, in {@link org.icpengine.cli.Failures}.
 */
package org.icpengine.cli;
