// A long job's way out: the face (Writer's progress dialog, a test) says whether the user asked to
// stop, the job asks between steps (a paragraph read, a rule run) and unwinds with Stopped. The
// question may be dear (Writer runs its pending window events to see a click), so it is put at
// most every `every`; once it said yes, it stays yes.
#pragma once

#include <chrono>
#include <exception>
#include <functional>

namespace baocao::core {

// Thrown by Cancellation::throwIfStopped; the job that took the Cancellation catches it and says
// it was stopped as a value (jobs::check: CheckOutcome::stopped). Not a failure: nothing is told
// to the log.
struct Stopped final : std::exception {
  [[nodiscard]] const char* what() const noexcept override { return "stopped at the user's request"; }
};

class Cancellation {
 public:
  using Clock = std::chrono::steady_clock;

  Cancellation() = default;  // never stops
  explicit Cancellation(std::function<bool()> asked, std::chrono::milliseconds every = std::chrono::milliseconds(50))
      : mAsked(std::move(asked)), mEvery(every) {}

  // Whether the user asked to stop: `asked` is called on the first question, then when `every`
  // has passed since it was last called; in between, the answer it gave.
  [[nodiscard]] bool stopRequested();
  void throwIfStopped() {
    if (stopRequested()) throw Stopped();
  }
  // How many times `asked` was called (tests: the throttle).
  [[nodiscard]] int polls() const { return mPolls; }

 private:
  std::function<bool()> mAsked;
  std::chrono::milliseconds mEvery{50};
  Clock::time_point mNext{};  // the epoch: the first question polls
  bool mStopped = false;
  int mPolls = 0;
};

// Null: never stops (the save guard's check, the CLI).
inline void throwIfStopped(Cancellation* c) {
  if (c != nullptr) c->throwIfStopped();
}

}  // namespace baocao::core
