package io.workloadplacement.rest.http;

import io.javalin.config.RouterConfig;
import io.javalin.http.servlet.JavalinServletContextKt;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A route path made only of literal segments and whole-segment {@code {parameters}}, such as {@code
 * /api/v1/workload-placement/{name}}, matched against a request path by comparing segments: what
 * Javalin's regular expression for the path says, without running one. A path with anything else
 * (wildcards, {@code <parameters>}, a parameter inside a segment, characters a regular expression
 * could read otherwise) is not plain, and Javalin matches it.
 */
final class PlainPath {

  // letters, digits, '-' and '_' mean themselves in a regular expression, escaped or not
  private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern PARAMETER = Pattern.compile("\\{[A-Za-z0-9_-]+}");

  // one per segment: the literal, or null for a parameter (any non-empty text without '/')
  private final String[] literals;
  // one per segment: the parameter's name, or null for a literal
  private final String[] parameters;
  private final boolean ignoreTrailingSlash;

  private PlainPath(String[] literals, String[] parameters, boolean ignoreTrailingSlash) {
    this.literals = literals;
    this.parameters = parameters;
    this.ignoreTrailingSlash = ignoreTrailingSlash;
  }

  /**
   * The plain form of {@code path} as {@code router} configures matching, or empty when Javalin
   * must match it: a path that is not plain, or routes that are case-insensitive or treat several
   * slashes as one (their expressions say more than segments do).
   */
  static Optional<PlainPath> of(String path, RouterConfig router) {
    if (router.caseInsensitiveRoutes
        || router.treatMultipleSlashesAsSingleSlash
        || !path.startsWith("/")) {
      return Optional.empty();
    }
    String[] segments = path.substring(1).split("/", -1);
    String[] literals = new String[segments.length];
    String[] parameters = new String[segments.length];
    for (int i = 0; i < segments.length; i++) {
      if (LITERAL.matcher(segments[i]).matches()) {
        literals[i] = segments[i];
      } else if (PARAMETER.matcher(segments[i]).matches()) {
        parameters[i] = segments[i].substring(1, segments[i].length() - 1);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new PlainPath(literals, parameters, router.ignoreTrailingSlashes));
  }

  /** True when it has a parameter. */
  boolean hasParameters() {
    return Arrays.stream(parameters).anyMatch(Objects::nonNull);
  }

  /**
   * The parameters of a request path it {@link #matches}, or of one that ends with such a path (a
   * context path before it), by name, each decoded as Javalin decodes path parameters.
   */
  Map<String, String> parametersOf(String requestPath) {
    int end = endOf(requestPath);
    String[] values = new String[parameters.length];
    int count = 0;
    for (int i = parameters.length - 1; i >= 0; i--) {
      int slash = requestPath.lastIndexOf('/', end - 1);
      if (parameters[i] != null) {
        values[i] = decoded(requestPath.substring(slash + 1, end));
        count++;
      }
      end = slash;
    }
    if (count == 1) {
      // what Javalin makes of one parameter too: a map of one entry, not to be changed
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i] != null) {
          return Map.of(parameters[i], values[i]);
        }
      }
    }
    Map<String, String> byName = new LinkedHashMap<>();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] != null) {
        byName.put(parameters[i], values[i]);
      }
    }
    return byName;
  }

  // Javalin decodes a segment holding '%' or '+' and takes any other as it is
  private static String decoded(String segment) {
    return segment.indexOf('%') < 0 && segment.indexOf('+') < 0
        ? segment
        : JavalinServletContextKt.urlDecode(segment);
  }

  // where the segments end: before the one trailing slash the expression allows, if any
  private int endOf(String requestPath) {
    int end = requestPath.length();
    if (ignoreTrailingSlash && end > 1 && requestPath.charAt(end - 1) == '/') {
      end--;
    }
    return end;
  }

  /** True when the route matches {@code requestPath}, exactly as Javalin's expression would. */
  boolean matches(String requestPath) {
    int end = endOf(requestPath);
    int at = 0;
    for (String literal : literals) {
      if (at >= end || requestPath.charAt(at) != '/') {
        return false;
      }
      at++;
      if (literal == null) {
        int slash = requestPath.indexOf('/', at);
        int segmentEnd = slash < 0 || slash > end ? end : slash;
        if (segmentEnd == at) {
          return false;
        }
        at = segmentEnd;
      } else {
        if (!requestPath.startsWith(literal, at)) {
          return false;
        }
        at += literal.length();
      }
    }
    return at == end;
  }
}
