/** The command line (picocli): index, serve, search and stats, each with {@code --help}. */
package org.jixiao.cli;
