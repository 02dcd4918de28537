// The CLI's --timeout: a file's check that runs past its limit is stopped by ending the office it
// runs in (a UNO call cannot be interrupted otherwise; LibreOffice may be inside its importer or
// its layout for minutes). The call waiting on the office then throws, and the caller starts a
// new office for the next file.
#pragma once

#include "cli/office.hxx"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace baocao::cli {

class Watchdog {
 public:
  // `seconds` 0: no limit, no thread.
  Watchdog(const Office& office, int seconds) : mrOffice(office) {
    if (seconds > 0) maThread = std::thread([this, seconds] { watch(std::chrono::seconds(seconds)); });
  }
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;
  ~Watchdog() {
    {
      std::lock_guard g(maLock);
      mbDone = true;
    }
    maWake.notify_all();
    if (maThread.joinable()) maThread.join();
  }

  // Whether the limit was reached and the office ended: whatever the check returned is not to be
  // trusted (a reader that met a dead office may have read part of the document).
  [[nodiscard]] bool fired() const {
    std::lock_guard g(maLock);
    return mbFired;
  }

 private:
  void watch(std::chrono::seconds limit) {
    std::unique_lock g(maLock);
    if (maWake.wait_for(g, limit, [this] { return mbDone; })) return;
    mbFired = true;
    (void)mrOffice.kill();
  }

  const Office& mrOffice;
  mutable std::mutex maLock;
  std::condition_variable maWake;
  bool mbDone = false, mbFired = false;
  std::thread maThread;  // last: started once the rest is made
};

}  // namespace baocao::cli
