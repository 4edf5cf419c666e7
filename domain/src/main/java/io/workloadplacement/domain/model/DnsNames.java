package io.workloadplacement.domain.model;

import java.util.regex.Pattern;

/**
 * DNS-1123 names as Kubernetes checks them (RFC 1123): labels name namespaces, workspaces and
 * clusters; subdomains name most objects. The one home of both patterns.
 */
public final class DnsNames {

  /** The longest label. */
  public static final int LABEL_MAX_LENGTH = 63;

  /** The longest subdomain. */
  public static final int SUBDOMAIN_MAX_LENGTH = 253;

  private static final String LABEL_REGEX = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final Pattern LABEL = Pattern.compile(LABEL_REGEX);
  private static final Pattern SUBDOMAIN =
      Pattern.compile(LABEL_REGEX + "(\\." + LABEL_REGEX + ")*");

  private DnsNames() {}

  /** True when {@code text} is a DNS-1123 label; false for null. */
  public static boolean isLabel(String text) {
    return text != null && text.length() <= LABEL_MAX_LENGTH && LABEL.matcher(text).matches();
  }

  /** True when {@code text} is a DNS-1123 subdomain; false for null. */
  public static boolean isSubdomain(String text) {
    return text != null
        && text.length() <= SUBDOMAIN_MAX_LENGTH
        && SUBDOMAIN.matcher(text).matches();
  }
}
