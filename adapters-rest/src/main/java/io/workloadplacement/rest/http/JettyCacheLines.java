package io.workloadplacement.rest.http;

/**
 * Tells Jetty how many object references share a cache line before its thread pool loads. Without
 * it, Jetty's {@code MemoryUtils} asks the platform MBean server whether references are compressed:
 * JMX then loads about 150 classes into every cold start, for a figure Jetty 12.1 never reads (its
 * one padded class, {@code BlockingArrayQueue}, pads by integers). A value given with {@code -D} is
 * kept.
 */
public final class JettyCacheLines {

  /** The system property Jetty reads first. */
  public static final String PROPERTY = "org.eclipse.jetty.util.referencesPerCacheLine";

  // Jetty's 64-byte cache line over 4-byte (compressed) references: with 8-byte references a
  // reader of it would pad twice as far as needed, a few bytes, never a shared line
  private static final String REFERENCES_PER_LINE = "16";

  private JettyCacheLines() {}

  /** Sets {@value #PROPERTY} unless it is set already. */
  public static void configure() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, REFERENCES_PER_LINE);
    }
  }
}
