package io.workloadplacement.rest.launch;

/** The base URL a server prints and tests call: {@code http://host:port}. */
public final class BaseUrl {

  private BaseUrl() {}

  /** {@code http://host:port}, with an IPv6 host in brackets. */
  public static String of(String host, int port) {
    String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port;
  }
}
