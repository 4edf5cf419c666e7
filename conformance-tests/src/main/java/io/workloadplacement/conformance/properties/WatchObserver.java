package io.workloadplacement.conformance.properties;

import static io.workloadplacement.conformance.model.ContractTexts.BASE;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.conformance.model.Json;
import io.workloadplacement.conformance.model.Lifecycle;
import io.workloadplacement.conformance.model.Status;
import io.workloadplacement.conformance.sut.ApiTarget;
import io.workloadplacement.conformance.sut.EventStream;
import io.workloadplacement.conformance.sut.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Watches one sequence's placements on the target's watch stream, opened before the first action,
 * and checks at the end what the lifecycle looked like from there: every event is well formed,
 * every placement's stream starts with an ADDED in Pending (it was created while watching), each
 * consecutive pair of statuses is equal or one of the contract's transitions, and, once the stream
 * has caught up, its last word on each placement is what GET shows (a DELETED one for a placement
 * GET no longer finds). Every wait is bounded.
 */
final class WatchObserver implements AutoCloseable {

  /** Only what happens from now on: the sequence's placements are all created after this. */
  static final String PATH = BASE + "/watch?sendInitialEvents=false";

  /** How long the stream may take to say it is subscribed, and to catch up at the end. */
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final EventStream stream;
  private final SequenceRun run;
  private final Map<String, List<Seen>> seen = new LinkedHashMap<>();

  /** One event about one placement: its type and the status the placement had in it. */
  private record Seen(String type, Status status) {
    @Override
    public String toString() {
      return type + " " + status;
    }
  }

  private WatchObserver(EventStream stream, SequenceRun run) {
    this.stream = stream;
    this.run = run;
  }

  /**
   * Opens the watch and waits until it says it is subscribed (its first frame, the simulator's
   * {@code : watching} comment): only from then on can no change be missed.
   */
  static WatchObserver open(ApiTarget target, SequenceRun run) {
    EventStream stream = target.stream(PATH);
    WatchObserver observer = new WatchObserver(stream, run);
    try {
      if (stream.status() != 200) {
        throw new AssertionError("GET " + PATH + " answered " + stream.status());
      }
      String type = stream.header("Content-Type").orElse("");
      if (!type.startsWith("text/event-stream")) {
        throw new AssertionError("GET " + PATH + " has Content-Type " + type);
      }
      EventStream.Frame first =
          stream
              .next(WAIT)
              .orElseThrow(
                  () ->
                      new AssertionError(
                          "the watch sent nothing within "
                              + WAIT.toSeconds()
                              + "s: it must confirm its subscription (a comment) at once"));
      observer.take(first);
      return observer;
    } catch (RuntimeException | AssertionError e) {
      stream.close();
      throw e;
    }
  }

  /** Checks the stream against GET, then every placement's sequence of statuses. */
  void verify() {
    Instant deadline = Instant.now().plus(WAIT);
    for (int slot = 0; slot < Sequences.SLOTS; slot++) {
      catchUp(slot, deadline);
    }
    seen.forEach(this::checkTransitions);
  }

  /**
   * Reads until the stream's last word on {@code slot}'s placement is what GET shows. A target
   * whose lifecycle moves on its own may already be further on the stream: then GET again.
   */
  private void catchUp(int slot, Instant deadline) {
    String name = run.name(slot);
    while (true) {
      Response read = Action.Get.get(run, slot, false);
      Optional<Status> shown =
          read.status() == 200
              ? Status.fromWireName(
                  Action.data(read).path("status").path("provisioningStatus").asText())
              : Optional.empty();
      Predicate<Optional<Seen>> agrees =
          last ->
              shown.isPresent()
                  ? last.isPresent()
                      && !last.get().type().equals("DELETED")
                      && last.get().status() == shown.get()
                  : last.isEmpty() || last.get().type().equals("DELETED");
      if (readUntil(() -> agrees.test(last(name)), deadline)) {
        return;
      }
      Optional<Seen> last = last(name);
      boolean movedOn =
          run.caps().autonomousLifecycle()
              && shown.isPresent()
              && last.isPresent()
              && Lifecycle.reachable(java.util.Set.of(shown.get())).contains(last.get().status());
      if (!movedOn || Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "the watch's last word on "
                + name
                + " is "
                + last.map(Seen::toString).orElse("nothing")
                + " but GET shows "
                + shown.map(Status::toString).orElse("404")
                + " (waited up to "
                + WAIT.toSeconds()
                + "s); seen on the watch: "
                + history(name));
      }
      run.model().tick();
    }
  }

  /** Takes frames until {@code done} holds; false when the deadline passes first. */
  private boolean readUntil(java.util.function.BooleanSupplier done, Instant deadline) {
    while (!done.getAsBoolean()) {
      Duration left = Duration.between(Instant.now(), deadline);
      if (left.isNegative()) {
        return false;
      }
      Optional<EventStream.Frame> frame = stream.next(left);
      if (frame.isEmpty()) {
        return false;
      }
      take(frame.get());
    }
    return true;
  }

  private void take(EventStream.Frame frame) {
    switch (frame.kind()) {
      case COMMENT -> {}
      case END -> throw new AssertionError("the watch ended while the suite was watching");
      case EVENT -> takeEvent(frame);
    }
  }

  private void takeEvent(EventStream.Frame frame) {
    String type = frame.event();
    if (!List.of("ADDED", "MODIFIED", "DELETED").contains(type)) {
      throw new AssertionError("watch event of type " + type + ": " + frame.data());
    }
    JsonNode data = Json.parse(frame.data());
    if (!type.equals(data.path("type").asText(null))) {
      throw new AssertionError("watch event " + type + " carries type " + data.path("type"));
    }
    JsonNode object = data.path("object");
    String name = object.path("name").asText("");
    if (!run.owns(name)) {
      return; // another sequence's or another client's placement
    }
    JsonNode status = object.path("status");
    String wire = status.path("provisioningStatus").asText(null);
    Status observed =
        Status.fromWireName(wire)
            .orElseThrow(
                () -> new AssertionError("watch: " + name + " has provisioningStatus " + wire));
    if (!observed.phase().equals(status.path("phase").asText(null))) {
      throw new AssertionError(
          "watch: " + name + " is " + observed + " with phase " + status.path("phase"));
    }
    seen.computeIfAbsent(name, n -> new ArrayList<>()).add(new Seen(type, observed));
  }

  /** Each lifetime (ADDED to DELETED) starts Pending and takes only the contract's transitions. */
  private void checkTransitions(String name, List<Seen> events) {
    Status previous = null;
    for (Seen event : events) {
      boolean live = previous != null;
      String problem = null;
      if (event.type().equals("ADDED")) {
        if (live) {
          problem = "ADDED while it exists";
        } else if (event.status() != Status.PENDING) {
          problem = "created as " + event.status() + ", not Pending";
        }
      } else if (!live) {
        problem = event.type() + " before ADDED";
      } else if (event.status() != previous
          && !Lifecycle.successors(previous).contains(event.status())) {
        problem = previous + " -> " + event.status() + " is not a transition of the contract";
      }
      if (problem != null) {
        throw new AssertionError("watch: " + name + ": " + problem + "; seen: " + history(name));
      }
      previous = event.type().equals("DELETED") ? null : event.status();
    }
  }

  private Optional<Seen> last(String name) {
    List<Seen> events = seen.getOrDefault(name, List.of());
    return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
  }

  private String history(String name) {
    return seen.getOrDefault(name, List.of()).stream()
        .map(Seen::toString)
        .collect(Collectors.joining(", ", "[", "]"));
  }

  @Override
  public void close() {
    stream.close();
  }
}
