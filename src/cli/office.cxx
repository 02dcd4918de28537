#include "cli/office.hxx"

#include "uno/property_values.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <cppuhelper/bootstrap.hxx>

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
      char templ[] = "/tmp/baocao-profile-XXXXXX";
      if (::mkdtemp(templ) == nullptr) throw std::runtime_error(say(MessageId::CliOfficeNoProfile).in(options.language));
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
