package io.workloadplacement.k8s.steps;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into arguments as a shell would split plain words and quoted strings, and
 * nothing more: no variables, globs, redirections, pipes or command lists. Anything that would mean
 * more to a shell is refused rather than taken literally, since the user may have meant it.
 */
final class KubectlArguments {

  private static final String SHELL_SYNTAX = "|;&<>$`(){}*?[]~#!\\";

  private KubectlArguments() {}

  /** The arguments of {@code line}. */
  static List<String> split(String line) throws CommandNotAllowedException {
    List<String> args = new ArrayList<>();
    StringBuilder current = null;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          current.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        current = current == null ? new StringBuilder() : current;
      } else if (Character.isWhitespace(c)) {
        if (current != null) {
          args.add(current.toString());
          current = null;
        }
      } else if (SHELL_SYNTAX.indexOf(c) >= 0 || Character.isISOControl(c)) {
        throw new CommandNotAllowedException(
            "shell syntax is not allowed (" + printable(c) + " in \"" + line + "\")");
      } else {
        current = current == null ? new StringBuilder() : current;
        current.append(c);
      }
    }
    if (quote != 0) {
      throw new CommandNotAllowedException("unterminated quote in \"" + line + "\"");
    }
    if (current != null) {
      args.add(current.toString());
    }
    return args;
  }

  private static String printable(char c) {
    return Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : "'" + c + "'";
  }
}
