package io.workloadplacement.rest.launch;

import picocli.CommandLine;

/**
 * {@code --version} of a server command: its name and the version in its jar's manifest, or {@code
 * dev} when it runs from classes. A command names a subclass with a no-argument constructor, as
 * picocli instantiates it.
 */
public abstract class JarVersion implements CommandLine.IVersionProvider {

  private final String commandName;

  /** The version provider of the command called {@code commandName}. */
  protected JarVersion(String commandName) {
    this.commandName = commandName;
  }

  @Override
  public String[] getVersion() {
    // the subclass lives in the command's own jar, whose manifest carries the version
    String version = getClass().getPackage().getImplementationVersion();
    return new String[] {commandName + " " + (version == null ? "dev" : version)};
  }
}
