package io.workloadplacement.rest.json;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Where in a document Jackson stopped, written as the API names fields ({@code
 * rules[1].effect.type}): shared by every reader that binds JSON or YAML with Jackson.
 */
public final class JsonPaths {

  private JsonPaths() {}

  /** The path of {@code e}, or the empty string when it stopped at the document itself. */
  public static String of(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
