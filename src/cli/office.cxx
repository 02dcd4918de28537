#include "cli/office.hxx"

#include "uno/property_values.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <cppuhelper/bootstrap.hxx>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <stdexcept>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace baocao::cli {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using uno::toOU;
using uno::toUtf8;
using core::MessageId;
using core::say;

namespace {

Reference<css::uno::XComponentContext> bootstrapLocal() {
  // The same bootstrap chain LibreOffice's own Python uses: unorc, with fundamentalrc for the rest.
  ::setenv("URE_BOOTSTRAP", "vnd.sun.star.pathname:" LO_PROGRAM_DIR "/fundamentalrc", 0);
  return cppu::defaultBootstrap_InitialComponentContext(toOU("file://" LO_PROGRAM_DIR "/unorc"));
}

std::string randomName() {
  std::random_device rd;
  return "baocao-" + std::to_string(::getpid()) + "-" + std::to_string(rd() % 1000000);
}

// The process group of the office this process started, for the handler below; 0 when none runs.
volatile std::sig_atomic_t gOfficeGroup = 0;

// Ctrl-C, a kill or a closed terminal would end the CLI and leave its soffice running on a pipe
// no one will ever open, with its temporary profile. The handler ends the office's group first
// (kill() is async-signal-safe), then lets the signal end the CLI as it would have.
extern "C" void endOfficeThenDie(int sig) {
  const pid_t group = static_cast<pid_t>(gOfficeGroup);
  if (group > 0) ::kill(-group, SIGKILL);
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

void endOfficeOnSignals() {
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) {
    struct sigaction old {};
    if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler == SIG_IGN) continue;  // nohup's SIGHUP stays ignored
    struct sigaction action {};
    action.sa_handler = endOfficeThenDie;
    ::sigemptyset(&action.sa_mask);
    ::sigaction(sig, &action, nullptr);
  }
}

// A temporary profile is /tmp/baocao-profile-<pid of the CLI>-XXXXXX. An interrupted CLI cannot
// remove its own (a signal handler cannot remove a folder safely); the next CLI removes those of
// runs that have ended: whose process is gone (ESRCH; a live one of another user says EPERM).
constexpr const char* kProfilePrefix = "/tmp/baocao-profile-";

void removeProfilesOfEndedRuns() noexcept {
  std::error_code ec;
  const std::string prefix = std::filesystem::path(kProfilePrefix).filename().string();
  for (std::filesystem::directory_iterator it("/tmp", ec), end; !ec && it != end; it.increment(ec)) {
    const std::filesystem::path& path = it->path();
    const std::string name = path.filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    const std::string rest = name.substr(prefix.size());
    const auto dash = rest.find('-');
    if (dash == std::string::npos || dash == 0 || rest.find_first_not_of("0123456789") != dash) continue;
    const long pid = std::strtol(rest.substr(0, dash).c_str(), nullptr, 10);
    if (pid <= 0 || pid == ::getpid() || ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
    std::error_code removeError;
    std::filesystem::remove_all(path, removeError);  // another user's: left, as it must be
  }
}

bool exited(pid_t pid) {
  int status = 0;
  return ::waitpid(pid, &status, WNOHANG) == pid;
}

}  // namespace

Office::Office(const OfficeOptions& options) {
  mxLocal = bootstrapLocal();
  std::string connect = options.connect;
  if (connect.empty()) {
    std::string profile = options.profileDir;
    if (profile.empty()) {
      removeProfilesOfEndedRuns();
      std::string templ = std::string(kProfilePrefix) + std::to_string(::getpid()) + "-XXXXXX";
      if (::mkdtemp(templ.data()) == nullptr)
        throw std::runtime_error(say(MessageId::CliOfficeNoProfile).in(options.language));
      profile = maTempProfile = templ;
    }
    const std::string pipe = randomName();
    connect = "pipe,name=" + pipe;
    const std::string profileArg = "-env:UserInstallation=file://" + std::filesystem::absolute(profile).string();
    const std::string acceptArg = "--accept=" + connect + ";urp;StarOffice.ComponentContext";
    std::vector<std::string> argv{LO_PROGRAM_DIR "/soffice", "--headless", "--invisible", "--norestore",
                                  "--nologo", "--nodefault", "--nolockcheck", profileArg, acceptArg};
    mnPid = ::fork();
    if (mnPid < 0) throw std::runtime_error(say(MessageId::CliOfficeForkFailed).in(options.language));
    if (mnPid == 0) {
      ::setpgid(0, 0);  // its own process group, so shutdown() can end every helper it starts
      const int devnull = ::open("/dev/null", O_RDWR);
      ::dup2(devnull, STDIN_FILENO);
      if (std::getenv("BAOCAO_OFFICE_STDERR") == nullptr) ::dup2(devnull, STDOUT_FILENO);
      std::vector<char*> args;
      for (auto& a : argv) args.push_back(a.data());
      args.push_back(nullptr);
      ::execv(args[0], args.data());
      ::_exit(127);
    }
    ::setpgid(mnPid, mnPid);  // also here: a signal before the child's own call still finds the group
    gOfficeGroup = mnPid;
    endOfficeOnSignals();
  }
  Reference<css::bridge::XUnoUrlResolver> resolver = css::bridge::UnoUrlResolver::create(mxLocal);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(options.startTimeoutSeconds);
  std::string lastError;
  while (std::chrono::steady_clock::now() < deadline) {
    try {
      mxRemote.set(resolver->resolve(toOU("uno:" + connect + ";urp;StarOffice.ComponentContext")), UNO_QUERY_THROW);
      return;
    } catch (const css::uno::Exception& e) {
      lastError = toUtf8(e.Message);
    }
    if (mnPid > 0 && exited(mnPid)) {
      mnPid = -1;
      gOfficeGroup = 0;
      shutdown();
      throw std::runtime_error(say(MessageId::CliOfficeExited, {lastError}).in(options.language));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  shutdown();
  throw std::runtime_error(
      say(MessageId::CliOfficeNoAnswer, {connect, std::to_string(options.startTimeoutSeconds), lastError}).in(options.language));
}

Reference<css::frame::XDesktop2> Office::desktop() const { return css::frame::Desktop::create(mxRemote); }

bool Office::kill() const noexcept {
  if (mnPid <= 0) return false;
  ::kill(-mnPid, SIGKILL);  // reaped by shutdown()
  return true;
}

void Office::shutdown() noexcept {
  if (mnPid > 0) {
    try {
      if (mxRemote.is()) desktop()->terminate();
    } catch (...) {
      // The bridge closes under terminate(); a DisposedException here is the normal case.
    }
    mxRemote.clear();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!exited(mnPid) && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    ::kill(-mnPid, SIGKILL);  // the group: soffice.bin and anything it left behind
    gOfficeGroup = 0;         // before the reaping, after which its number may be another's
    ::waitpid(mnPid, nullptr, 0);
    mnPid = -1;
  }
  if (!maTempProfile.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(maTempProfile, ec);
    maTempProfile.clear();
  }
}

Office::~Office() { shutdown(); }

}  // namespace baocao::cli
