/** The command line ({@code mailclip}, picocli): {@link dev.mailclip.cli.Main} and one class per command. */
package dev.mailclip.cli;
